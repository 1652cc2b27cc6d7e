"""What a Cloudflare API token showed (`Sources.cloudflare`), offered in place of typing:
the account and gateway lists, and the stored-key question that exists only when the chosen
gateway is known to store no key for the provider."""

from __future__ import annotations

from setup_wizard.config.cloudflare import Gateway
from setup_wizard.config.fields import with_article
from setup_wizard.wizard.answers import (
    Answers,
    Default,
    Option,
    Question,
    Sources,
    from_existing,
    spec,
)
from setup_wizard.wizard.prompts import OTHER

KEEP = "__keep__"  # the "keep gateway-stored-key" answer when no key is stored


def account_default(a: Answers, s: Sources) -> Default | None:
    found = from_existing("account_id")(a, s)
    if found is None and s.cloudflare and len(s.cloudflare.accounts) == 1:
        return Default(s.cloudflare.accounts[0].id, "your Cloudflare API token")
    return found


def account_offer(a: Answers, s: Sources) -> list[Option] | None:
    if s.cloudflare is None or len(s.cloudflare.accounts) < 2:
        return None
    return [Option(acct.id, acct.title) for acct in s.cloudflare.accounts] + [
        Option(OTHER, "type another account ID (or paste the gateway URL)")]


def gateway_offer(a: Answers, s: Sources) -> list[Option] | None:
    found = s.cloudflare.gateways(a["account_id"]) if s.cloudflare and a.get("account_id") \
        else None
    if not found:
        return None
    return [Option(g.id, g.title) for g in found] + [Option(OTHER, "type another name")]


def _chosen_gateway(a: Answers, s: Sources) -> Gateway | None:
    if s.cloudflare is None or not a.get("account_id") or not a.get("gateway_id"):
        return None
    return s.cloudflare.gateway(a["account_id"], a["gateway_id"])


def _stored_key_offer(a: Answers, s: Sources) -> list[Option] | None:
    """The two ways out when the gateway stores no key for the provider (known for sure)."""
    gw, p = _chosen_gateway(a, s), spec(a)
    if gw is None or gw.default_keys_for(p.slug) != []:
        return None
    out = [Option(KEEP, f"keep gateway-stored-key: I will store {with_article(p.name)} key "
                        f"under AI Gateway > {gw.id} > Provider Keys")]
    if "gateway-request-key" in p.modes:
        out.append(Option("gateway-request-key", f"switch to gateway-request-key: the app "
                                                 f"sends its own key ({p.key_var}, asked next)"))
    return out


# Asked only when the token shows the chosen gateway stores no key for the provider.
STORED_KEY = Question(
    "stored_key", "select", "No {provider} key is stored on this gateway",
    "Checked with your Cloudflare API token: its Provider Keys hold no {provider} key "
    "under the alias default, so requests would use Unified Billing credits or fail.",
    "--mode", when=lambda a: a.get("mode") == "gateway-stored-key",
    default=lambda a, s: Default(KEEP, "default"), offer=_stored_key_offer,
    offered_only=True, filter=lambda v, a: {} if v == KEEP else {"mode": v})
