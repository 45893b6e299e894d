"""What every feature's Excel exchange shares."""
