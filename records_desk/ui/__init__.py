"""All widget code. Slots collect values, call one service, refresh; rules live below."""
