"""records_desk.exchange.customers"""
