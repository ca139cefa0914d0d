"""Statements, actors and diplomatic events from article text."""
