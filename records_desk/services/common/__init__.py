"""records_desk.services.common"""
