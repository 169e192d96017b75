"""The publication types by the key that URLs, feeds, facets and the index use."""

from hub.resources.models.base import PublicationPage
from hub.resources.models.papers import PolicyPaperPage
from hub.resources.models.reports import ResearchReportPage
from hub.resources.models.toolkits import CampaignToolkitPage


def publication_types() -> dict[str, type[PublicationPage]]:
    return {
        model.publication_type: model
        for model in (ResearchReportPage, PolicyPaperPage, CampaignToolkitPage)
    }
