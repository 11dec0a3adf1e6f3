"""Hostile and broken input (issue 9), at the core level: exact LoadError messages for refused input;
for displayed input, `safe_text` keeps the length, leaves no control/bidi/invisible character, and the
extractor's spans stay true to the text."""
