"""Stage 1, model and validate: reads a `.env` (envfile), knows providers and gateway URLs
(data tables), infers the mode and builds the validated settings and the template output.

Takes text and answers; hands on values, inferences and `Config`. Imports only errors/masking.
"""
