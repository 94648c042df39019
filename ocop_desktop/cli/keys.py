"""Signing keys (issue 14): ``keys show``, ``keys list``, ``keys trust``.

``keys show [--json]`` prints this installation's key: ``unit``, ``fingerprint``,
``public_key``, ``created_at``. ``keys list [--json]`` prints the senders' keys this office
holds, with the fields ``unit``, ``fingerprint``, ``first_seen``, ``last_seen`` and ``state``
(``pinned``, ``trusted``, ``retired``) — a public contract. ``keys trust --unit CODE
--fingerprint FP`` accepts a unit's key after a phone check, in advance or to replace the
key pinned for it.
"""

from __future__ import annotations

import click

from ocop_desktop.cli import (
    CliState,
    json_option,
    main,
    pass_state,
    print_json,
    reporting_problems,
    tr,
)
from ocop_desktop.domain.signing import normalise_fingerprint
from ocop_desktop.operations import keys as key_ops
from ocop_desktop.texts.formats import local_time


@main.group("keys")
def keys_group() -> None:
    """Khóa ký báo cáo: khóa của máy này và khóa của các đơn vị gửi báo cáo."""


@keys_group.command("show")
@json_option()
@pass_state
def keys_show(state: CliState, as_json: bool) -> None:
    """Mã khóa ký báo cáo của bản cài đặt này (để đọc cho đơn vị nhận qua điện thoại)."""
    repo = state.existing_repo()
    info = key_ops.key_info(repo)
    if as_json:
        print_json(info.as_json())
        return
    click.echo(tr("Mã khóa: {fingerprint}").format(fingerprint=info.fingerprint))
    if info.unit_code:
        click.echo(tr("Đơn vị: {unit}").format(unit=info.unit_code))
    click.echo(tr("Khóa công khai: {key}").format(key=info.public_key))


@keys_group.command("list")
@json_option()
@pass_state
def keys_list(state: CliState, as_json: bool) -> None:
    """Khóa đã ghi nhận của các đơn vị gửi báo cáo."""
    from ocop_desktop.texts.problem_texts import key_state_text

    keys = key_ops.sender_keys(state.existing_repo())
    if as_json:
        print_json([key_ops.sender_key_json(k) for k in keys])
        return
    if not keys:
        click.echo(tr("Chưa ghi nhận khóa của đơn vị nào."))
        return
    for key in keys:
        first = local_time(key.first_seen) if key.first_seen else "—"
        last = local_time(key.last_seen) if key.last_seen else "—"
        click.echo(f"{key.unit_code:<6} {key.fingerprint}  {key_state_text(key.state):<17} "
                   f"{first:<16}  {last}")


@keys_group.command("trust")
@click.option("--unit", "unit", required=True, metavar="MÃ", help="Mã đơn vị gửi báo cáo.")
@click.option("--fingerprint", "fingerprint", required=True, metavar="MÃ_KHÓA",
              help="Mã khóa đã đối chiếu qua điện thoại (20 chữ số).")
@pass_state
def keys_trust(state: CliState, unit: str, fingerprint: str) -> None:
    """Chấp nhận khóa của một đơn vị sau khi gọi điện đối chiếu mã khóa.

    Khóa này thay khóa đã ghi nhận trước đó của đơn vị (nếu có); báo cáo ký bằng khóa cũ
    sẽ không được nhận nữa.
    """
    repo, _installation = state.installation()
    with reporting_problems():
        key_ops.trust_key(repo, unit=unit, fingerprint_text=fingerprint)
    click.echo(tr("Đã chấp nhận khóa {fingerprint} của đơn vị {unit}.").format(
        fingerprint=normalise_fingerprint(fingerprint), unit=unit.strip()))
