"""Texts in several languages: each translatable record states the language of its texts
and keeps their translations.

Existing texts are taken to be in the office's language, German, except in the sample, whose
texts were English until now. A partnership's name of the city in its own script (``city_native``)
becomes the translation of the city's name into the partner's first language.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 18:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRANSLATABLE = (
    "partnership",
    "person",
    "venue",
    "visit",
    "program_item",
    "gift",
    "residency",
    "exhibition",
)


def upgrade() -> None:
    for table in TRANSLATABLE:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column(
                    "original_language",
                    sa.String(length=8),
                    nullable=False,
                    server_default="de",
                )
            )
            batch_op.add_column(
                sa.Column("translations", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
            )
    connection = op.get_bind()
    is_sample = connection.execute(
        sa.text("SELECT value FROM setting WHERE key = 'is_sample'")
    ).scalar()
    if is_sample == "true":
        for table in TRANSLATABLE:
            connection.execute(sa.text(f"UPDATE {table} SET original_language = 'en'"))
    partnerships = connection.execute(
        sa.text("SELECT id, city_native, languages FROM partnership")
    ).all()
    for partnership_id, city_native, languages in partnerships:
        language = (languages or "").split(",")[0].strip().lower()
        if not city_native or not language:
            continue
        connection.execute(
            sa.text(
                "UPDATE partnership SET translations = :translations WHERE id = :id"
            ).bindparams(sa.bindparam("translations", type_=sa.JSON())),
            {"translations": {"partner_city": {language: city_native}}, "id": partnership_id},
        )


def downgrade() -> None:
    for table in reversed(TRANSLATABLE):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("translations")
            batch_op.drop_column("original_language")
