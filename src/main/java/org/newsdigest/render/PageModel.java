package org.newsdigest.render;

import java.util.HashMap;
import java.util.Map;
import org.newsdigest.render.Views.PageView;
import org.newsdigest.render.Views.SiteView;

/** The data model of one page: {@code site} and {@code page} always, plus what the page's template needs. */
final class PageModel {

    private final Map<String, Object> values = new HashMap<>();

    private PageModel(SiteView site, PageView page) {
        values.put("site", site);
        values.put("page", page);
    }

    static PageModel of(SiteView site, PageView page) {
        return new PageModel(site, page);
    }

    PageModel with(String name, Object value) {
        values.put(name, value);
        return this;
    }

    Map<String, Object> values() {
        return values;
    }
}
