"""The packages of the distribution; everything else is in pyproject.toml.

The code is every package under integration_journal/. The app's content is the top-level resources/
folder, which [tool.setuptools.package-dir] in pyproject.toml maps into the package as
integration_journal.resources: each of its folders is listed here as a package of that name, so
setuptools copies the files (its package-data) to integration_journal/resources/... in a wheel.
pyproject.toml alone cannot say this: its package finder only sees folders inside integration_journal/.
"""

from setuptools import find_namespace_packages, setup

CONTENT = "integration_journal.resources"

setup(packages=[
    *find_namespace_packages(include=["integration_journal*"], exclude=[f"{CONTENT}*"]),
    CONTENT,
    *(f"{CONTENT}.{name}" for name in find_namespace_packages(where="resources")),
])
