package fr.clocher.announcements.ui.news;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.AudienceApi;
import fr.clocher.announcements.api.News;
import fr.clocher.announcements.api.NewsApi;
import fr.clocher.announcements.api.SubscriptionCounts;
import fr.clocher.announcements.api.SubscriptionsApi;
import fr.clocher.announcements.ui.support.AnnouncementList;
import fr.clocher.announcements.ui.support.Reach;
import fr.clocher.kernel.ui.ModuleView;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The commune's news items, newest first, filtered by status and text.
 */
@Route("announcements/news")
@PageTitle("Actualités")
@ModuleView(Announcements.KEY)
@PermitAll
public class NewsListView extends AnnouncementList<News> {

	public NewsListView(NewsApi newsApi, AudienceApi audienceApi, SubscriptionsApi subscriptionsApi) {
		super(translate("announcements.news.title"), translate("announcements.news.intro"),
				translate("announcements.news.new"), translate("announcements.news.empty"), NewsItems.desk(newsApi),
				NewsEditorView.class, new Reach(audienceApi, subscriptionsApi, SubscriptionCounts::newsSubscribers,
						"announcements.list.news-subscribers"));
	}

}
