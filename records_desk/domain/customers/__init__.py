"""records_desk.domain.customers.vocabulary"""
