"""PDF rendering (reportlab) of the form definitions in forms/; no Qt. Filled in by the printing issue."""
