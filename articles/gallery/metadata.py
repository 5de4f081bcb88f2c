"""Removes EXIF, GPS, XMP, comments and text chunks from patient photos, after applying their orientation.

Originals are re-encoded once on upload; renditions are checked after Wagtail makes them, because Willow
copies the source's EXIF into every rendition it saves.
"""

from io import BytesIO

from PIL import Image, ImageOps

# Kept because they change how the pixels look, and they say nothing about the patient or the camera.
KEPT_INFO = ("icc_profile", "transparency")
# What Pillow exposes from an image's metadata blocks; any of them in a stored file is a leak.
METADATA_KEYS = ("exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop", "iptc", "Raw profile type exif")


def needs_rotation(image):
    return image.getexif().get(ImageOps.ExifTags.Base.Orientation, 1) not in (0, 1)


def clean_copy(image):
    """The pixels turned upright, with only colour information left in .info."""
    kept = {key: image.info[key] for key in KEPT_INFO if key in image.info}
    if needs_rotation(image):
        image = ImageOps.exif_transpose(image)
    image.info = kept
    return image


def encode(image, image_format):
    """Re-encodes without metadata; a JPEG that needs no turning keeps its quantisation (no visible loss)."""
    output = BytesIO()
    if image_format == "jpeg":
        if image.format == "JPEG" and not needs_rotation(image):
            options = {"quality": "keep", "subsampling": "keep"}
        else:
            options = {"quality": 92}
        image = clean_copy(image)
        if image.mode not in ("RGB", "L", "CMYK"):
            image = image.convert("RGB")
        image.save(output, "JPEG", optimize=True, **options, **_icc(image))
    elif image_format == "png":
        image = clean_copy(image)
        image.save(output, "PNG", optimize=False, **_icc(image))
    else:
        image = clean_copy(image)
        image.save(output, "WEBP", quality=90, method=4, **_icc(image))
    return output.getvalue()


def _icc(image):
    profile = image.info.get("icc_profile")
    return {"icc_profile": profile} if profile else {}


def remaining_metadata(data):
    """The metadata keys a stored file still carries (empty when clean); used by renditions and tests."""
    with Image.open(BytesIO(data)) as image:
        found = [key for key in METADATA_KEYS if image.info.get(key)]
        if image.getexif():
            found.append("exif")
        if getattr(image, "text", None):
            found.append("text")
    return sorted(set(found))


def strip_bytes(data):
    """Strips a file already stored or rendered (no validation: its bytes come from our own storage)."""
    with Image.open(BytesIO(data)) as image:
        image_format = (image.format or "JPEG").lower()
        image.load()
        return encode(image, image_format if image_format in ("jpeg", "png", "webp") else "jpeg")
