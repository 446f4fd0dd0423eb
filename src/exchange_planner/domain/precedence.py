"""The order of precedence of a visit: who ranks before whom.

Each country's office keeps a **rank table** (position 1 = highest; equal positions = equal
rank). A rank may name the rank of another table it ranks with (광역시장 ≡ Oberbürgermeister):
the tables joined by these equivalences give one merged order of **levels** (1 = highest),
computed as the longest path in the graph whose nodes are the groups of equal ranks and whose
edges go from each rank to the next lower position of its own table. An equivalence that
contradicts a table's order (a cycle), or that makes two ranks of one table equal, is refused
with :class:`RankCycleError`.

Participants of equal level are ordered by the tie-breakers in :data:`TIE_BREAKERS`:
elected before appointed, longer in office (earlier ``in_office_since``), older (earlier
``born_on``), each with unknown values after known ones, and last the name (casefolded). A
participant whose place among equals was decided by the name alone is flagged
``tie_alphabetical``; participants without a rank come after all ranked ones, alphabetically,
flagged ``unranked``. Then overrides put participants at the places the office chose
(``overridden``); everyone else fills the remaining places in the computed order.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from exchange_planner.domain.enums import MemberRole, Side
from exchange_planner.domain.errors import ValidationError

TIE_BREAKERS: tuple[str, ...] = ("elected", "in_office_since", "born_on", "name")

UNRANKED = "unranked"
TIE_ALPHABETICAL = "tie_alphabetical"
OVERRIDDEN = "overridden"

#: How the flags are marked on screen and on paper alike: short, and read on their own in a
#: column of numbers (the tooltip or the legend says them in words).
FLAG_MARKS: dict[str, str] = {OVERRIDDEN: "✎", UNRANKED: "∅", TIE_ALPHABETICAL: "A–Z"}


@dataclass(frozen=True)
class RankEntry:
    """One rank of a rank table, as the precedence rules need it."""

    id: int
    table_id: int
    table_name: str
    position: int
    title: str
    equivalent_id: int | None


@dataclass(frozen=True)
class Participant:
    """Someone taking part in a visit (delegation member or host of the home city)."""

    person_id: int
    sort_name: str  # "Kang Gi-jung" (latin_name) for the alphabetical tie-break
    side: Side
    rank_id: int | None
    elected: bool | None
    in_office_since: date | None
    born_on: date | None
    override_place: int | None = None
    override_reason: str = ""
    role: MemberRole = MemberRole.OFFICIAL
    language: str = ""  # Person.language: one code or several ("ko", "de,en")
    interprets_for: int | None = None  # person_id of the principal


@dataclass(frozen=True)
class Placed:
    """A participant's place in the order of precedence."""

    place: int  # 1-based, after overrides
    computed_place: int  # before overrides
    participant: Participant
    level: int | None  # merged rank level (1 = highest), None = no rank
    flags: frozenset[str]  # "unranked", "tie_alphabetical", "overridden"


class RankCycleError(ValidationError):
    """The rank equivalences contradict the rank tables' orders; ``ranks`` names the ranks."""

    def __init__(self, message: str, ranks: Sequence[str]) -> None:
        super().__init__(
            "equivalent_rank_id", message, reason="rank_cycle", values={"ranks": list(ranks)}
        )
        self.ranks: list[str] = list(ranks)


class _Groups:
    """Union-find over rank ids: each group is one set of equal ranks."""

    def __init__(self, ids: Sequence[int]) -> None:
        self._parent = {i: i for i in ids}

    def find(self, i: int) -> int:
        root = i
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[i] != root:  # path compression
            self._parent[i], i = root, self._parent[i]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)


def _named(rank: RankEntry) -> str:
    return f"{rank.title} ({rank.table_name})" if rank.table_name else rank.title


def _equality_path(start: int, goal: int, links: dict[int, set[int]]) -> list[int]:
    """The chain of equal-rank links from ``start`` to ``goal`` (breadth first: shortest)."""
    came: dict[int, int | None] = {start: None}
    queue = deque([start])
    while queue:
        here = queue.popleft()
        if here == goal:
            break
        for there in sorted(links[here]):
            if there not in came:
                came[there] = here
                queue.append(there)
    path: list[int] = []
    node: int | None = goal
    while node is not None:
        path.append(node)
        node = came[node]
    return path[::-1]


def merged_levels(ranks: Sequence[RankEntry]) -> dict[int, int]:
    """rank id -> level (1 = highest) over all tables joined by their equivalences.

    Raises RankCycleError when the equivalences contradict the tables' orders (or make two
    ranks of one table equal). Equivalences to ranks not in ``ranks`` are ignored.
    """
    by_id = {rank.id: rank for rank in ranks}
    groups = _Groups(list(by_id))
    links: dict[int, set[int]] = defaultdict(set)  # equal-rank links, for the error message
    tables: dict[int, list[RankEntry]] = defaultdict(list)
    for rank in by_id.values():
        tables[rank.table_id].append(rank)
    for members in tables.values():
        members.sort(key=lambda r: (r.position, r.id))
        for before, after in pairwise(members):
            if before.position == after.position:
                groups.union(before.id, after.id)
                links[before.id].add(after.id)
                links[after.id].add(before.id)
    for rank in by_id.values():
        other = rank.equivalent_id
        if other is not None and other in by_id and other != rank.id:
            groups.union(rank.id, other)
            links[rank.id].add(other)
            links[other].add(rank.id)

    # Two ranks of one table at different positions in one group: the table says one is
    # higher, the equivalences say they are equal.
    seen: dict[tuple[int, int], RankEntry] = {}
    for rank in sorted(by_id.values(), key=lambda r: (r.table_id, r.position, r.id)):
        key = (groups.find(rank.id), rank.table_id)
        first = seen.setdefault(key, rank)
        if first.position != rank.position:
            path = [by_id[i] for i in _equality_path(first.id, rank.id, links)]
            chain = " = ".join(_named(r) for r in path)
            raise RankCycleError(
                f"The rank equivalences make {first.title} and {rank.title} of "
                f"“{rank.table_name}” equal, but the table ranks {first.title} higher: {chain}",
                [r.title for r in path],
            )

    # Edges between groups: from each rank to the next lower position of its own table.
    edges: dict[int, dict[int, tuple[RankEntry, RankEntry]]] = defaultdict(dict)
    for members in tables.values():
        positions = sorted({r.position for r in members})
        first_at = {p: next(r for r in members if r.position == p) for p in positions}
        for high, low in pairwise(positions):
            a, b = first_at[high], first_at[low]
            edges[groups.find(a.id)].setdefault(groups.find(b.id), (a, b))

    nodes = sorted({groups.find(i) for i in by_id})
    indegree = {n: 0 for n in nodes}
    for source in edges:
        for target in edges[source]:
            indegree[target] += 1
    level = {n: 1 for n in nodes}
    ready = deque(n for n in nodes if indegree[n] == 0)
    done = 0
    while ready:
        node = ready.popleft()
        done += 1
        for target in sorted(edges.get(node, {})):
            level[target] = max(level[target], level[node] + 1)
            indegree[target] -= 1
            if indegree[target] == 0:
                ready.append(target)
    if done < len(nodes):
        _raise_cycle([n for n in nodes if indegree[n] > 0], edges)
    return {i: level[groups.find(i)] for i in by_id}


def _raise_cycle(
    left: list[int],
    edges: dict[int, dict[int, tuple[RankEntry, RankEntry]]],
) -> None:
    """Find one cycle among the groups the topological sort could not finish and name it."""
    remaining = set(left)
    # Every group left over still has a predecessor left over (its in-degree is not zero):
    # walking backwards must come round to a group already seen, closing a cycle.
    before: dict[int, list[int]] = defaultdict(list)
    for source, targets in edges.items():
        for target in targets:
            if source in remaining and target in remaining:
                before[target].append(source)
    walk = [left[0]]
    index = {left[0]: 0}
    while True:
        there = min(before[walk[-1]])
        if there in index:
            cycle = [*walk[index[there] :], there][::-1]
            break
        index[there] = len(walk)
        walk.append(there)
    pairs = [edges[a][b] for a, b in pairwise(cycle)]
    steps: list[str] = []
    for k, (high, low) in enumerate(pairs):
        steps.append(f"{high.title} > {low.title} ({high.table_name})")
        following = pairs[(k + 1) % len(pairs)][0]
        if following.id != low.id:
            steps.append(f"{low.title} = {following.title}")
    names = list(dict.fromkeys(t for pair in pairs for t in (pair[0].title, pair[1].title)))
    raise RankCycleError(
        "The rank equivalences contradict the rank tables' order: " + ", ".join(steps),
        names,
    )


def _known_first(value: date | None) -> tuple[int, date]:
    return (0, value) if value is not None else (1, date.min)


def _elected_key(value: bool | None) -> int:
    return {True: 0, False: 1, None: 2}[value]


def order_of_precedence(
    participants: Sequence[Participant], ranks: Sequence[RankEntry]
) -> list[Placed]:
    """Ranked first by level; ties: elected before appointed, longer in office, older, name
    (a tie decided by the name alone is flagged); unranked after all ranked ones (flagged);
    then overrides move a participant to its place (the others keep their relative order).

    Overrides beyond the list are clamped to its ends; two overrides of one place: the one
    with the earlier computed place takes it, the other the next free place.
    """
    levels = merged_levels(ranks)
    ranked = [p for p in participants if p.rank_id is not None and p.rank_id in levels]
    unranked = [p for p in participants if p.rank_id is None or p.rank_id not in levels]

    def before_name(p: Participant) -> tuple[object, ...]:
        return (
            levels[p.rank_id] if p.rank_id is not None else 0,
            _elected_key(p.elected),
            _known_first(p.in_office_since),
            _known_first(p.born_on),
        )

    def name_key(p: Participant) -> tuple[str, str, int]:
        return (p.sort_name.casefold(), p.sort_name, p.person_id)

    ranked.sort(key=lambda p: (before_name(p), name_key(p)))
    unranked.sort(key=name_key)
    tied: dict[tuple[object, ...], int] = defaultdict(int)
    for p in ranked:
        tied[before_name(p)] += 1

    computed: list[tuple[Participant, int | None, set[str]]] = []
    for p in ranked:
        flags = {TIE_ALPHABETICAL} if tied[before_name(p)] > 1 else set()
        computed.append((p, levels[p.rank_id] if p.rank_id is not None else None, flags))
    for p in unranked:
        computed.append((p, None, {UNRANKED}))

    count = len(computed)
    final: list[int | None] = [None] * count  # place index -> computed index
    for index, (p, _, flags) in enumerate(computed):
        if p.override_place is None:
            continue
        flags.add(OVERRIDDEN)
        wanted = min(max(p.override_place, 1), count) - 1
        free = [i for i in range(wanted, count) if final[i] is None]
        free = free or [i for i in range(wanted - 1, -1, -1) if final[i] is None]
        final[free[0]] = index
    rest = iter(i for i, (p, _, _) in enumerate(computed) if p.override_place is None)
    for place, taken in enumerate(final):
        if taken is None:
            final[place] = next(rest)

    result: list[Placed] = []
    for place, index in enumerate(final, 1):
        assert index is not None
        p, level, flags = computed[index]
        result.append(Placed(place, index + 1, p, level, frozenset(flags)))
    return result
