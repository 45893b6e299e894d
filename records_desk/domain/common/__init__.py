"""records_desk.domain.common"""
