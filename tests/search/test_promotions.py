"""Promoted results: matched as search reads the query, per language, shown in the reader's
language, never a draft or private page; managed in the admin by each language's editors."""

import datetime
import re
from html import unescape

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.utils import timezone

from search.models import SearchPromotion
from search.promotions import MAX_PROMOTED, promoted_for
from tests.hub.resources.factories import ResearchReportPageFactory
from tests.search.factories import build_search_tree

User = get_user_model()
PROMOTIONS = "/admin/snippets/search/searchpromotion/"


def promote(query, language, publication, sort_order=0, **dates):
    return SearchPromotion.objects.create(
        query=query, language=language, publication=publication, sort_order=sort_order, **dates
    )


def promoted_ids(text, language):
    return [page.pk for page in promoted_for(text, language)]


def ids(*pages):
    return [page.pk for page in pages]


def user_in(group_name):
    user = User.objects.create_user(group_name.replace(" – ", "-").lower(), password="x" * 12)
    user.groups.add(Group.objects.get(name=group_name))
    return user


class PromotedForTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_search_tree()

    def test_arabic_matches_without_diacritics_article_or_word_order(self):
        checkpoint = self.tree["checkpoint"]["ar"]
        promote("المراقبة البيومترية", "ar", checkpoint)
        for query in (
            "المراقبة البيومترية",
            "مُراقَبة بيومترية",
            "البيومترية والمراقبة",
            "  المراقبة   البيومترية  ",
        ):
            with self.subTest(query=query):
                self.assertEqual(promoted_ids(query, "ar"), ids(checkpoint))
        # Every word of the promotion counts: one of them alone is another query.
        self.assertEqual(promoted_ids("المراقبة", "ar"), [])

    def test_hebrew_matches_with_or_without_prefixes(self):
        archive = self.tree["archive"]["he"]
        promote("ספרייה דיגיטלית", "he", archive)
        for query in ("הספרייה הדיגיטלית", "לספרייה הדִּיגִיטָלִית", "דיגיטלית ספרייה"):
            with self.subTest(query=query):
                self.assertEqual(promoted_ids(query, "he"), ids(archive))

    def test_english_matches_whatever_the_case_order_and_stop_words(self):
        checkpoint = self.tree["checkpoint"]["en"]
        promote("Biometric surveillance", "en", checkpoint)
        for query in ("biometric surveillance", "SURVEILLANCE, the biometric"):
            with self.subTest(query=query):
                self.assertEqual(promoted_ids(query, "en"), ids(checkpoint))
        self.assertEqual(promoted_ids("biometric surveillance drones", "en"), [])

    def test_a_promotion_shows_only_to_readers_of_its_language(self):
        promote("مراقبة", "ar", self.tree["checkpoint"]["ar"])
        promote("surveillance", "en", self.tree["checkpoint"]["en"])
        self.assertEqual(promoted_ids("مراقبة", "en"), [])
        self.assertEqual(promoted_ids("مراقبة", "he"), [])
        self.assertEqual(promoted_ids("surveillance", "ar"), [])
        self.assertEqual(promoted_ids("surveillance", "en"), ids(self.tree["checkpoint"]["en"]))

    def test_readers_get_their_languages_version(self):
        # The Arabic editor picked the English version; Arabic readers get the Arabic one.
        promote("الحسابات", "ar", self.tree["accounts"]["en"])
        self.assertEqual(promoted_ids("حسابات", "ar"), ids(self.tree["accounts"]["ar"]))

    def test_without_a_version_in_the_readers_language_the_chosen_one_is_shown(self):
        # The checkpoint report has no Hebrew version: Hebrew readers get the one picked.
        promote("מעקב ביומטרי", "he", self.tree["checkpoint"]["en"])
        self.assertEqual(promoted_ids("המעקב הביומטרי", "he"), ids(self.tree["checkpoint"]["en"]))

    def test_when_the_readers_version_is_unpublished_the_chosen_one_is_shown(self):
        self.tree["accounts"]["ar"].unpublish()
        promote("الحسابات", "ar", self.tree["accounts"]["en"])
        self.assertEqual(promoted_ids("حسابات", "ar"), ids(self.tree["accounts"]["en"]))

    def test_drafts_and_private_publications_are_never_promoted(self):
        promote("surveillance drones", "en", self.tree["draft"])
        promote("surveillance contractors", "en", self.tree["private"])
        self.assertEqual(promoted_ids("surveillance drones", "en"), [])
        self.assertEqual(promoted_ids("surveillance contractors", "en"), [])

    def test_a_publication_unpublished_after_it_was_promoted_disappears(self):
        promote("الصحفيين", "ar", self.tree["journalists"]["ar"])
        self.assertEqual(len(promoted_for("صحفيين", "ar")), 1)
        self.tree["journalists"]["ar"].unpublish()
        self.assertEqual(promoted_ids("صحفيين", "ar"), [])

    def test_a_publication_below_a_private_page_is_never_promoted(self):
        hidden = ResearchReportPageFactory(
            parent=self.tree["private"], slug="contractor-list", title="Contractor list"
        )
        hidden.save_revision().publish()
        promote("contractors", "en", hidden)
        self.assertEqual(promoted_ids("contractors", "en"), [])

    def test_order_once_per_publication_and_at_most_three(self):
        tree = self.tree
        promote("digital rights", "en", tree["incitement"]["en"], sort_order=2)
        promote("digital rights", "en", tree["accounts"]["en"], sort_order=1)
        # The same publication again, picked in Arabic: shown once, at its first place.
        promote("digital rights", "en", tree["incitement"]["ar"], sort_order=0)
        promote("digital rights", "en", tree["checkpoint"]["en"], sort_order=3)
        promote("digital rights", "en", tree["journalists"]["ar"], sort_order=4)
        promoted = promoted_ids("Digital rights", "en")
        self.assertEqual(len(promoted), MAX_PROMOTED)
        self.assertEqual(
            promoted,
            ids(tree["incitement"]["en"], tree["accounts"]["en"], tree["checkpoint"]["en"]),
        )

    def test_dates_limit_when_a_promotion_is_shown(self):
        today = timezone.localdate()
        day = datetime.timedelta(days=1)
        promote("protest", "en", self.tree["accounts"]["en"], ends_on=today - day)
        promote("protest", "en", self.tree["checkpoint"]["en"], starts_on=today + day)
        self.assertEqual(promoted_ids("protest", "en"), [])
        promote("protest", "en", self.tree["incitement"]["en"], starts_on=today, ends_on=today)
        self.assertEqual(promoted_ids("protest", "en"), ids(self.tree["incitement"]["en"]))

    def test_one_query_without_promotions_two_with(self):
        promote("الحسابات", "ar", self.tree["accounts"]["en"])
        with self.assertNumQueries(1):
            self.assertEqual(promoted_ids("التحريض", "ar"), [])
        with self.assertNumQueries(2):
            self.assertEqual(len(promoted_for("حسابات", "ar")), 1)
        with self.assertNumQueries(0):
            self.assertEqual(promoted_ids("في من", "ar"), [])


def form_errors(response):
    html = response.content.decode()
    return unescape(" ".join(re.findall(r'class="error-message"[^>]*>(.*?)</', html, re.S)))


class PromotionAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_search_tree()
        cls.editor = user_in("Editors")
        cls.moderator_ar = user_in("Moderators – Arabic")
        cls.translator_ar = user_in("Translators – Arabic")
        cls.arabic = promote("الرقابة", "ar", cls.tree["journalists"]["ar"])
        cls.english = promote("censorship", "en", cls.tree["incitement"]["en"])

    def add(self, user, **fields):
        self.client.force_login(user)
        data = {"language": "", "query": "", "publication": "", "sort_order": "0"} | fields
        return self.client.post(PROMOTIONS + "add/", data)

    def test_an_arabic_moderator_promotes_a_publication(self):
        accounts = self.tree["accounts"]["ar"]
        response = self.add(
            self.moderator_ar, language="ar", query="حماية الحسابات", publication=accounts.pk
        )
        self.assertEqual(response.status_code, 302, form_errors(response))
        promotion = SearchPromotion.objects.get(query="حماية الحسابات")
        self.assertEqual(promotion.language, "ar")
        self.assertEqual(promoted_ids("الحسابات وحماية", "ar"), ids(accounts))

    def test_a_query_of_stop_words_only_is_a_form_error(self):
        cases = ((self.editor, "en", "The of"), (self.moderator_ar, "ar", "في من"))
        for user, language, query in cases:
            with self.subTest(query=query):
                response = self.add(
                    user,
                    language=language,
                    query=query,
                    publication=self.tree["accounts"][language].pk,
                )
                self.assertEqual(response.status_code, 200)
                self.assertIn("Search ignores every word of this query", form_errors(response))
        self.assertFalse(SearchPromotion.objects.filter(query__in=["the of", "في من"]).exists())

    def test_a_draft_is_a_form_error(self):
        response = self.add(
            self.editor, language="en", query="drones", publication=self.tree["draft"].pk
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("Only a published publication can be promoted.", form_errors(response))

    def test_editors_of_another_language_cannot_edit_or_delete(self):
        self.client.force_login(self.editor)
        for url in (f"{PROMOTIONS}edit/{self.arabic.pk}/", f"{PROMOTIONS}delete/{self.arabic.pk}/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 302)
                self.assertEqual(response["Location"], "/admin/")
        response = self.client.post(
            f"{PROMOTIONS}edit/{self.arabic.pk}/",
            {"language": "ar", "query": "تحريض", "publication": self.arabic.publication_id},
        )
        self.assertEqual(response.status_code, 302)
        self.arabic.refresh_from_db()
        self.assertEqual(self.arabic.query, "الرقابة")
        self.assertEqual(self.client.get(f"{PROMOTIONS}edit/{self.english.pk}/").status_code, 200)

    def test_another_languages_promotion_has_no_history_or_usage_for_them(self):
        self.client.force_login(self.moderator_ar)
        for action in ("history", "usage"):
            with self.subTest(action=action):
                refused = self.client.get(f"{PROMOTIONS}{action}/{self.english.pk}/")
                self.assertEqual(refused.status_code, 302)
                self.assertEqual(refused["Location"], "/admin/")
                own = self.client.get(f"{PROMOTIONS}{action}/{self.arabic.pk}/")
                self.assertEqual(own.status_code, 200)

    def test_an_editor_cannot_create_a_promotion_in_another_language(self):
        response = self.add(
            self.editor, language="ar", query="مراقبة", publication=self.tree["checkpoint"]["ar"].pk
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(SearchPromotion.objects.filter(query="مراقبة").exists())

    def test_the_listing_shows_the_users_languages_only(self):
        self.client.force_login(self.moderator_ar)
        self.assertIn(PROMOTIONS, self.client.get("/admin/").content.decode())
        html = self.client.get(PROMOTIONS).content.decode()
        self.assertIn("الرقابة", html)
        self.assertNotIn("censorship", html)
        self.assertEqual(
            self.client.get(f"{PROMOTIONS}edit/{self.arabic.pk}/").status_code,
            200,
        )

    def test_translators_do_not_manage_promotions(self):
        self.client.force_login(self.translator_ar)
        for url in (PROMOTIONS, f"{PROMOTIONS}add/", f"{PROMOTIONS}edit/{self.arabic.pk}/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 302)
                self.assertEqual(response["Location"], "/admin/")
        self.assertNotIn(PROMOTIONS, self.client.get("/admin/").content.decode())

    def test_the_add_form_is_prefilled_from_the_link(self):
        self.client.force_login(self.moderator_ar)
        response = self.client.get(PROMOTIONS + "add/?query=التعرّف على الوجوه&language=ar")
        html = response.content.decode()
        self.assertEqual(response.status_code, 200)
        self.assertIn('value="التعرّف على الوجوه"', html)
        self.assertRegex(html, r'<option value="ar" selected>')
        # An Arabic moderator is offered Arabic only.
        self.assertNotIn('<option value="en"', html)
