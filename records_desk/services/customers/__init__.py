"""records_desk.services.customers.files"""
