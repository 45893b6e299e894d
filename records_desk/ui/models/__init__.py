"""Qt table models over service DTOs. Big tables page from the database (STYLE.md); every
model here is checked with pytest-qt's qtmodeltester."""
