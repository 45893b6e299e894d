"""The use cases every feature shares: signing in, accounts, the operation log, printing, the
clock, office-wide options; base.py is the service shape."""
