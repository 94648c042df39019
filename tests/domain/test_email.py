"""The one e-mail address check, used by settings, the installation and the send queue."""

import pytest

from ocop_desktop.domain.validation import valid_email


@pytest.mark.parametrize("address", [
    "vhtt@langson.gov.vn", "xa.hoangdong@example.org", "a+b@mail.example.com",
    "ubnd@xã.vn",
])
def test_plain_addresses_pass(address: str) -> None:
    assert valid_email(address)


@pytest.mark.parametrize("address", [
    "", "vhtt", "vhtt@", "@langson.gov.vn", "vhtt@langson", "a b@example.org",
    "Phòng VH-TT <vhtt@langson.gov.vn>", "a@b@example.org", "a@example.org, b@example.org",
    "a@example.org;", " a@example.org", "a@example.org\nBcc: x@y.vn", "a@example.c",
])
def test_anything_else_is_refused(address: str) -> None:
    assert not valid_email(address)
