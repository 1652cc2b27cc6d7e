"""Stage 2, classify: one HTTP answer (or a pasted error) in, a `Diagnosis` out: who answered,
why, and the fix. Evidence lives in data tables (shapes, hints); the order in `classify`.

Pure (no I/O). May import config/ and errors/masking, never a stage above.
"""
