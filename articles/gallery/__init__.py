"""Patient photos: upload checks, metadata removal, S3 storage behaviour and before/after consent (invariant 7)."""
