import os

from hypothesis import HealthCheck, settings


# tests/typing holds files for mypy only; --doctest-modules must not run them.
collect_ignore = ["typing"]

settings.register_profile(
    "ci", max_examples=300, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("fast", max_examples=20)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
