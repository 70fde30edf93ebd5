package app.brigade.kds.board;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Pages and selection over a list of card ids, shared by the board and the expo view. Selection
 * follows the id, so a card keeps its highlight while others arrive or leave; when the selected
 * card leaves, the card that took its place is selected.
 */
public final class Paging {

    private final ReadOnlyIntegerWrapper pageSize = new ReadOnlyIntegerWrapper(8);
    private final ReadOnlyIntegerWrapper columns = new ReadOnlyIntegerWrapper(4);
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyStringWrapper selectedId = new ReadOnlyStringWrapper();
    private List<String> ids = List.of();

    public ReadOnlyIntegerProperty pageSizeProperty() {
        return pageSize.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    /** The layout the view can fit: {@code columns} × {@code rows} cards per page. */
    public void layout(int columnCount, int rows) {
        columns.set(Math.max(1, columnCount));
        pageSize.set(Math.max(1, columnCount) * Math.max(1, rows));
        update(ids);
    }

    /** New contents in display order; keeps the page and the selection where they make sense. */
    public void update(List<String> newIds) {
        String selected = selectedId.get();
        int oldIndex = selected == null ? -1 : ids.indexOf(selected);
        ids = List.copyOf(newIds);
        pageCount.set(Math.max(1, (ids.size() + pageSize.get() - 1) / pageSize.get()));
        if (selected != null && !ids.contains(selected)) {
            selectedId.set(ids.isEmpty() || oldIndex < 0 ? null : ids.get(Math.min(oldIndex, ids.size() - 1)));
        }
        page.set(Math.min(page.get(), pageCount.get() - 1));
        String now = selectedId.get();
        if (now != null) {
            page.set(ids.indexOf(now) / pageSize.get());
        }
    }

    /** The ids on the current page. */
    public List<String> pageIds() {
        int from = Math.min(ids.size(), page.get() * pageSize.get());
        return ids.subList(from, Math.min(ids.size(), from + pageSize.get()));
    }

    public void select(String id) {
        if (ids.contains(id)) {
            selectedId.set(id);
            page.set(ids.indexOf(id) / pageSize.get());
        }
    }

    public void selectPosition(int position) {
        List<String> onPage = pageIds();
        if (position >= 1 && position <= onPage.size()) {
            selectedId.set(onPage.get(position - 1));
        }
    }

    public void move(int delta) {
        if (ids.isEmpty()) {
            return;
        }
        String selected = selectedId.get();
        int from = selected == null ? (delta > 0 ? page.get() * pageSize.get() - 1 : pageIds().size()
                + page.get() * pageSize.get()) : ids.indexOf(selected);
        select(ids.get(Math.clamp(from + delta, 0, ids.size() - 1)));
    }

    /** The selected id, or the first card of the page when nothing is selected. */
    public String selectedOrFirst() {
        String s = selectedId.get();
        if (s != null) {
            return s;
        }
        List<String> onPage = pageIds();
        return onPage.isEmpty() ? null : onPage.getFirst();
    }

    public void nextPage() {
        turn(1);
    }

    public void previousPage() {
        turn(-1);
    }

    private void turn(int delta) {
        int next = Math.clamp(page.get() + delta, 0, pageCount.get() - 1);
        if (next != page.get()) {
            page.set(next);
            selectedId.set(null);
        }
    }
}
