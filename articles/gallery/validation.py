"""Checks an uploaded image by its bytes before anything is stored (DESIGN.md invariant 7).

Every refusal has its own message, written for the writer who chose the file: what is wrong and what to do.
The checks look at the content, never trust the name or the browser's declared type, and never decode
pixels before the declared size is known to be safe.
"""

import os
import struct
import warnings
from dataclasses import dataclass
from io import BytesIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import Image, JpegImagePlugin, PngImagePlugin, WebPImagePlugin

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_PIXELS = 40_000_000
# Above this many pixels per byte of file an over-limit image is a crafted bomb rather than a big photo.
BOMB_PIXELS_PER_BYTE = 100
# zlib cannot compress better than about 1032:1, so a PNG smaller than that share of its pixel data lies.
DEFLATE_MAX_RATIO = 1032

# What Pillow raises on bytes it cannot parse, depending on where in the file the damage is.
DECODE_ERRORS = (OSError, SyntaxError, ValueError, TypeError, EOFError, IndexError, KeyError, struct.error)

FORMATS = {
    "jpeg": {
        "label": "JPEG",
        "extensions": ("jpg", "jpeg"),
        "mime": "image/jpeg",
        "opener": JpegImagePlugin.JpegImageFile,
    },
    "png": {"label": "PNG", "extensions": ("png",), "mime": "image/png", "opener": PngImagePlugin.PngImageFile},
    "webp": {"label": "WebP", "extensions": ("webp",), "mime": "image/webp", "opener": WebPImagePlugin.WebPImageFile},
}
# Formats recognised only to name them in the refusal.
OTHER_SIGNATURES = [
    (b"GIF87a", "a GIF"),
    (b"GIF89a", "a GIF"),
    (b"%PDF", "a PDF document"),
    (b"BM", "a BMP bitmap"),
    (b"II*\x00", "a TIFF"),
    (b"MM\x00*", "a TIFF"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
]

MESSAGES = {
    "empty": "This file is empty (0 bytes). Choose the photo again; the copy on your computer may be incomplete.",
    "too_large": "This file is {size}; the largest image you can upload is {limit}. "
    "Export a smaller JPEG and upload that.",
    "svg": "SVG drawings cannot be uploaded because they can contain scripts. "
    "Save the picture as JPEG, PNG or WebP and upload that.",
    "html": "This file is a web page (HTML), not an image, even though its name is “{name}”. "
    "Save the photo itself and upload that.",
    "other_format": "This file is {kind}. Only JPEG, PNG and WebP images can be uploaded.",
    "not_image": "This file is not a JPEG, PNG or WebP image. Only photos in those formats can be uploaded.",
    "mismatch": "This file is named “{name}” but contains a {label} image. "
    "Rename it to end in .{extension} and upload it again.",
    "too_many_pixels": "This image is {width} × {height} pixels ({megapixels} megapixels); the largest you can "
    "upload is {limit} megapixels. Resize it and upload it again.",
    "bomb": "This {size} file would unpack to {megapixels} megapixels, a trick used to crash servers "
    "(a “decompression bomb”). It was not uploaded.",
    "impossible_size": "This image claims to be {width} × {height} pixels, but the file holds far too little data "
    "for that: it is damaged or deliberately malformed. It was not uploaded.",
    "animated": "Animated images cannot be uploaded. Upload a single still photo.",
    "damaged": "This image file is damaged or incomplete (it may not have finished downloading or copying). "
    "Export the photo again and upload the new copy.",
}


def refuse(code, **params):
    # filesizeformat joins number and unit with a no-break space; a plain one reads the same and compares simply.
    raise ValidationError(MESSAGES[code].format(**params).replace("\xa0", " "), code=code)


def max_bytes():
    return getattr(settings, "GUIDE_IMAGE_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_pixels():
    return getattr(settings, "GUIDE_IMAGE_MAX_PIXELS", DEFAULT_MAX_PIXELS)


def megapixels(pixels):
    text = f"{pixels / 1_000_000:,.1f}"
    return text.removesuffix(".0")


@dataclass
class CheckedImage:
    """The verdict on an upload that passed: its real format and its decoded pixels."""

    format: str
    image: Image.Image

    @property
    def mime_type(self):
        return FORMATS[self.format]["mime"]

    @property
    def extension(self):
        return FORMATS[self.format]["extensions"][0]


def sniff_format(head):
    """The format the first bytes prove, or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    return None


def refuse_unknown(head, name):
    """Names what the file really is, so the writer knows why it was refused."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"<svg" in text or (text.startswith(b"<?xml") and b"svg" in text):
        refuse("svg")
    if any(tag in text for tag in (b"<html", b"<!doctype html", b"<script", b"<body", b"<head")):
        refuse("html", name=name)
    for signature, kind in OTHER_SIGNATURES:
        if head.startswith(signature):
            refuse("other_format", kind=kind)
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"):
        refuse("other_format", kind="a HEIC/AVIF photo (the iPhone format)")
    refuse("not_image")


def check_extension(name, image_format):
    extension = os.path.splitext(name)[1].lower().lstrip(".")
    info = FORMATS[image_format]
    if extension not in info["extensions"]:
        refuse("mismatch", name=name, label=info["label"], extension=info["extensions"][0])


def read_header(data, image_format):
    """Size and frame count from the header alone: the plugin class skips Pillow's bomb check on purpose."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            header = FORMATS[image_format]["opener"](BytesIO(data))
    except DECODE_ERRORS:
        refuse("damaged")
    return header


def check_pixels(header, image_format, size):
    width, height = header.size
    pixels = width * height
    if pixels <= max_pixels():
        return
    bits = {"1": 1, "P": 8}.get(header.mode, Image.getmodebands(header.mode) * 8)
    if image_format == "png" and size * DEFLATE_MAX_RATIO < pixels * bits / 8:
        refuse("impossible_size", width=width, height=height)
    if pixels / size > BOMB_PIXELS_PER_BYTE:
        refuse("bomb", size=filesizeformat(size), megapixels=megapixels(pixels))
    refuse(
        "too_many_pixels",
        width=width,
        height=height,
        megapixels=megapixels(pixels),
        limit=megapixels(max_pixels()),
    )


def decode(data, header):
    """Verifies checksums, then decodes every pixel: truncated and corrupt files fail here, not in a rendition."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(BytesIO(data)) as probe:
                probe.verify()
            image = Image.open(BytesIO(data))
            image.load()
    except Image.DecompressionBombError:
        # Only reachable when GUIDE_IMAGE_MAX_PIXELS is set above Pillow's own hard limit.
        width, height = header.size
        refuse(
            "too_many_pixels",
            width=width,
            height=height,
            megapixels=megapixels(width * height),
            limit=megapixels(Image.MAX_IMAGE_PIXELS * 2),
        )
    except DECODE_ERRORS:
        refuse("damaged")
    return image


def check_upload(upload):
    """Refuses the upload with a writer's message, or returns the decoded image and its real format."""
    name = os.path.basename(upload.name or "")
    size = upload.size
    if not size:
        refuse("empty")
    if size > max_bytes():
        refuse("too_large", size=filesizeformat(size), limit=filesizeformat(max_bytes()))
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    if not data:
        refuse("empty")
    image_format = sniff_format(data[:16])
    if image_format is None:
        refuse_unknown(data[:1024], name)
    header = read_header(data, image_format)
    check_pixels(header, image_format, len(data))
    check_extension(name, image_format)
    if getattr(header, "n_frames", 1) > 1:
        refuse("animated")
    return CheckedImage(format=image_format, image=decode(data, header))
