"""The customer files' use cases, grouped under services.customers (container.py)."""
