"""Qt item models over plain records delivered by the services."""
