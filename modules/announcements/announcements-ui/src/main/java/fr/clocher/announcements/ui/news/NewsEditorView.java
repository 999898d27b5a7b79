package fr.clocher.announcements.ui.news;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.ImagesApi;
import fr.clocher.announcements.api.News;
import fr.clocher.announcements.api.NewsApi;
import fr.clocher.announcements.api.NewsDraft;
import fr.clocher.announcements.api.PreviewApi;
import fr.clocher.announcements.ui.support.AnnouncementEditor;
import fr.clocher.kernel.ui.ModuleView;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Writes one news item: its draft, its image with its alternative text, its publication
 * now or at a set time, and taking it back, archiving or deleting it.
 */
@Route("announcements/news/:id")
@PageTitle("Actualité")
@ModuleView(Announcements.KEY)
@PermitAll
public class NewsEditorView extends AnnouncementEditor<News, NewsDraft> {

	public final NewsForm form;

	public NewsEditorView(NewsApi newsApi, ImagesApi imagesApi, PreviewApi previewApi) {
		super(translate("announcements.news.edit"), translate("announcements.news.all"), NewsItems.desk(newsApi),
				NewsListView.class, previewApi);
		this.form = new NewsForm(this.calls, imagesApi, NewsEditorView::tenant);
		build(this.form);
	}

}
