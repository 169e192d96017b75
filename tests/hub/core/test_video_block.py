"""A video in the body is a link: its page names no address of the video host but the link."""

from django.test import SimpleTestCase
from django.utils import translation

from hub.core.blocks import VideoBlock


class VideoBlockTests(SimpleTestCase):
    def test_the_video_renders_as_a_link_and_embeds_nothing(self):
        block = VideoBlock()
        value = block.to_python(
            {
                "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "title": "كيف نوثّق حذف المحتوى",
                "transcript": "نشرح في هذا الفيديو خطوات حفظ الأدلة قبل حذفها.",
            }
        )
        with translation.override("ar"):
            html = block.render(value)
        self.assertIn('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"', html)
        self.assertIn("كيف نوثّق حذف المحتوى", html)
        self.assertNotIn("youtube-nocookie", html)
        self.assertNotIn("<iframe", html)
        self.assertNotIn("data-embed-url", html)
