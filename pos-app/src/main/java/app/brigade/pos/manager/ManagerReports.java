package app.brigade.pos.manager;

import app.brigade.model.catalog.Employee;
import app.brigade.pos.service.Text;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The manager's report actions; blocking, called through the UI executor. Each writes into the chosen
 * folder and returns the sentence for the manager as a {@link Text} the screen renders in its language.
 */
public interface ManagerReports {

    /** Where exports go unless the manager picks another folder ({@code export.dir}). */
    Path defaultFolder();

    /** Exports the open shift's X report; returns where it went. */
    Text exportX(Employee approver, Path folder);

    /** Closes the business day with a numbered Z (once per day), writes its workbook; returns what was done. */
    Text closeDay(Employee cashier, Employee approver, Path folder);

    /**
     * Exports the business days {@code from}..{@code to} (inclusive): this terminal's sales only, or with
     * {@code wholeStore} every terminal's events this store has received through sync.
     */
    Text exportRange(Employee approver, LocalDate from, LocalDate to, boolean wholeStore, Path folder);
}
