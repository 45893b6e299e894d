"""records_desk.ui.common"""
