"""Psoas Timer's content: the exercise catalogue, built-in routines, pictures and sounds.

The build installs this folder as the package `psoas_timer.assets`; the app finds it through
`psoas_timer.resources`.
"""
