package no.imdi.grants.letter;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The letter templates, Mustache files in bokmål under {@code letters/} on the class path (one per
 * {@link LetterKind}, sharing {@code layout.html} and the pieces in {@code parts/}), compiled once.
 * Every value is escaped as text ({@link XmlText}); a name a template uses that the view does not
 * have is an error, not an empty string, so a misspelt placeholder fails the tests.
 */
final class LetterTemplates {

  private static final String ROOT = "letters/";

  private final Map<LetterKind, Mustache> templates = new EnumMap<>(LetterKind.class);

  LetterTemplates(XmlText text) {
    DefaultMustacheFactory factory = new Factory(text);
    factory.setObjectHandler(new StrictObjectHandler());
    for (LetterKind kind : LetterKind.values()) {
      templates.put(kind, factory.compile(kind.template() + ".html"));
    }
  }

  String html(LetterKind kind, LetterView view) {
    StringWriter out = new StringWriter(16_384);
    templates.get(kind).execute(out, view);
    return out.toString();
  }

  private static final class Factory extends DefaultMustacheFactory {
    private final XmlText text;

    Factory(XmlText text) {
      super(Factory::read);
      this.text = text;
    }

    @Override
    public void encode(String value, Writer writer) {
      text.escape(value, writer);
    }

    private static Reader read(String name) {
      if (!name.matches("[a-z0-9/-]+\\.html") || name.contains("..")) {
        return null;
      }
      InputStream in = LetterTemplates.class.getClassLoader().getResourceAsStream(ROOT + name);
      return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }
  }

  private static final class StrictObjectHandler extends ReflectionObjectHandler {
    @Override
    protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
      throw new MustacheException("A letter template uses '" + name + "', which the view lacks");
    }
  }
}
