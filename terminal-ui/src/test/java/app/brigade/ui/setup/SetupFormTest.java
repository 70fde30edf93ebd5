package app.brigade.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SetupFormTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            http://127.0.0.1:8080                | http://127.0.0.1:8080
            '  HTTPS://Brigade.Example:8443/  '  | https://brigade.example:8443
            https://brigade.example/sync//       | https://brigade.example/sync
            http://[::1]:8080                    | http://[::1]:8080
            """)
    void acceptsHttpAndHttpsAddressesAndNormalisesThem(String typed, String expected) {
        SetupForm.Result r = SetupForm.serverUrl(typed);

        assertThat(r.problem()).isNull();
        assertThat(r.uri()).isEqualTo(URI.create(expected));
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null                         | setup.url.empty
            '   '                        | setup.url.empty
            brigade.example:8080         | setup.url.scheme
            ftp://brigade.example        | setup.url.scheme
            http://                      | setup.url.malformed
            http://bri gade:8080         | setup.url.malformed
            http://host:port             | setup.url.malformed
            http://host:8080?x=1         | setup.url.malformed
            http://user:pw@host:8080     | setup.url.malformed
            http://host:70000            | setup.url.port
            http://host:0                | setup.url.port
            """)
    void refusesWhatIsNotAServerAddressWithTheReason(String typed, String key) {
        SetupForm.Result r = SetupForm.serverUrl(typed);

        assertThat(r.valid()).isFalse();
        assertThat(r.problem().key()).isEqualTo(key);
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            ABCD-EFGH-JKMN      | null
            'abcd efgh jkmn '   | null
            null                | setup.code.empty
            ''                  | setup.code.empty
            ABCD/EFGH           | setup.code.invalid
            AB                  | setup.code.invalid
            """)
    void enrollmentCodesAreLettersAndDigitsWithOptionalDashes(String typed, String key) {
        assertThat(SetupForm.checkCode(typed).map(SetupForm.Problem::key).orElse(null)).isEqualTo(key);
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            POS-1                              | null
            Küche 2                            | null
            ''                                 | setup.name.empty
            Bar/1                              | setup.name.invalid
            a-name-that-is-far-too-long-for-32 | setup.name.invalid
            """)
    void terminalNamesFollowTheConfigurationRule(String typed, String key) {
        assertThat(SetupForm.checkName(typed).map(SetupForm.Problem::key).orElse(null)).isEqualTo(key);
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            POS-1      | pos-1
            Bar POS    | bar-pos
            Küche 2    | k-che-2
            """)
    void theTerminalIdIsDerivedFromTheNameAsTheAppsDo(String name, String id) {
        assertThat(SetupForm.terminalId(name)).isEqualTo(id);
    }
}
