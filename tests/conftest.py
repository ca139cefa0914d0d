import os

from hypothesis import HealthCheck, settings


# tests/typing holds files for mypy only; --doctest-modules must not run them.
collect_ignore = ["typing"]

# Whole generated articles are slow to draw, more so under coverage on a
# loaded CI machine: time limits there would make tests flaky, not stricter.
# The draws are derandomized so that a run, and the 100% coverage gate, do
# not depend on the seed; HYPOTHESIS_PROFILE=fuzz draws fresh examples.
settings.register_profile(
    "relwatch",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
settings.register_profile(
    "fuzz",
    parent=settings.get_profile("relwatch"),
    derandomize=False,
    max_examples=1000,
)
settings.register_profile(
    "fast", parent=settings.get_profile("relwatch"), max_examples=20
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "relwatch"))
