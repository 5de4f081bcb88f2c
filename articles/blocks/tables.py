"""Figures a reader compares: the comparison table and the cost range."""

from decimal import Decimal

from wagtail import blocks

from .base import PREVIEW_TEMPLATE, duplicates, filled, refuse

# Active ISO 4217 codes (fund and precious-metal codes left out: nobody prices a treatment in them).
_ISO_4217_CODES = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD
    CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD
    HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL
    LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR
    PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP
    TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG"""
ISO_4217 = frozenset(_ISO_4217_CODES.split())
CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "TRY": "₺", "JPY": "¥"}
COST_UNITS = [
    ("per_unit", "per unit"),
    ("per_area", "per treatment area"),
    ("per_session", "per session"),
    ("per_course", "per course of treatment"),
]


class ComparisonRowBlock(blocks.StructBlock):
    attribute = blocks.CharBlock(max_length=120)
    cells = blocks.ListBlock(blocks.CharBlock(max_length=300), help_text="One cell per compared item, in order.")


class ComparisonTableBlock(blocks.StructBlock):
    """Compared items are the columns, attributes the rows; every row has exactly one cell per item."""

    title = blocks.CharBlock(max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(max_length=80), label="Compared items")
    rows = blocks.ListBlock(ComparisonRowBlock())
    note = blocks.CharBlock(max_length=300, required=False)

    class Meta:
        icon = "table"
        label = "Comparison table"
        template = "blocks/comparison_table.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "title": "Botox vs Dysport",
            "items": ["Botox", "Dysport"],
            "rows": [
                {"attribute": "Results last", "cells": ["3–6 months", "4–6 months"]},
                {"attribute": "Diffusion", "cells": ["Lower", "Higher"]},
            ],
            "note": "",
        }
        description = "Items as columns, attributes as rows"

    def clean(self, value):
        value = super().clean(value)
        items = filled(value["items"])
        if len(items) < 2:
            refuse(items="Name at least two items to compare.")
        if repeated := duplicates(items):
            refuse(items=f"“{repeated[0]}” is compared twice: name each item once.")
        if not value["rows"]:
            refuse(rows="Add at least one row.")
        for row in value["rows"]:
            if len(row["cells"]) != len(items):
                refuse(
                    rows=f"Row “{row['attribute']}” has {len(row['cells'])} cells for {len(items)} compared items: "
                    "give exactly one cell per item."
                )
        return value


class CostRangeValue(blocks.StructValue):
    def currency_symbol(self):
        return CURRENCY_SYMBOLS.get(self["currency"], self["currency"] + " ")

    def unit_label(self):
        return dict(COST_UNITS).get(self["unit"], "")

    def display_minimum(self):
        return _money(self["minimum"])

    def display_maximum(self):
        return _money(self["maximum"])


def _money(amount):
    if amount in (None, ""):
        return ""
    amount = Decimal(amount)
    # Whole amounts without cents, thousands grouped: "1,200", "49.50".
    return f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"


class CostRangeBlock(blocks.StructBlock):
    """What a treatment costs, from minimum to maximum in one ISO 4217 currency."""

    currency = blocks.CharBlock(max_length=3, default="USD", help_text="ISO 4217 code, for example USD, EUR, GBP.")
    minimum = blocks.DecimalBlock(min_value=Decimal(0), max_digits=10, decimal_places=2)
    maximum = blocks.DecimalBlock(min_value=Decimal(0), max_digits=10, decimal_places=2)
    unit = blocks.ChoiceBlock(choices=COST_UNITS, default="per_session")
    note = blocks.CharBlock(max_length=300, required=False)

    class Meta:
        icon = "tag"
        label = "Cost range"
        template = "blocks/cost_range.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "currency": "USD",
            "minimum": Decimal(200),
            "maximum": Decimal(1200),
            "unit": "per_session",
            "note": "Depends on the provider, the number of units and the area treated.",
        }
        value_class = CostRangeValue
        description = "Minimum and maximum price in one currency"

    def clean(self, value):
        value = super().clean(value)
        currency = (value["currency"] or "").strip().upper()
        if currency and currency not in ISO_4217:
            refuse(currency=f"“{value['currency']}” is not an ISO 4217 currency code; use for example USD, EUR or GBP.")
        value["currency"] = currency
        minimum, maximum = value["minimum"], value["maximum"]
        if minimum is not None and maximum is not None and minimum > maximum:
            refuse(maximum=f"The maximum ({_money(maximum)}) must not be less than the minimum ({_money(minimum)}).")
        return value
