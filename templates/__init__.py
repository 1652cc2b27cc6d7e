"""The `.env` templates, one per mode. Shipped as `setup_wizard.templates` (see pyproject)."""
