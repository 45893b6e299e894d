"""The customer files' rules (R-CUS, R-GRD, R-DQ): vocabulary, archive numbers, files and
their versions, grading quotas, the blacklist, reviews, evaluations, surveys, spot checks,
data quality."""
