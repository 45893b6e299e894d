"""The reception feature's services: the live day, registrations, the sheet and its closing."""
