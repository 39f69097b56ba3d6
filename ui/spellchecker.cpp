#include "spellchecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QThread>
#include <QThreadPool>

#include <hunspell.hxx>

#include <algorithm>
#include <optional>

namespace ui {

namespace {
// Hunspell keeps one process-wide Unicode table, counted up by each new dictionary and down by each deleted
// one, without a lock: dictionaries are made (worker thread) and deleted (GUI thread) one at a time.
QMutex &hunspellLifetime()
{
    static QMutex mutex;
    return mutex;
}
}  // namespace

struct SpellChecker::Loaded
{
    ~Loaded()
    {
        const QMutexLocker lock(&hunspellLifetime());
        hunspell.reset();
        suggester.reset();
    }

    enum class Charset
    {
        Utf8,
        Latin1,
        Other  // converted by name through QStringEncoder/Decoder (ICU)
    };
    QString language;
    std::unique_ptr<Hunspell> hunspell;  // GUI thread: isCorrect()
    // Suggestions, on a worker thread: a second instance of the same files, read on first use, so that the
    // GUI thread's checks never wait for a suggestion (Hunspell is not thread-safe; a long word takes it a
    // few hundred ms). One suggestion at a time.
    QMutex suggesting;
    std::unique_ptr<Hunspell> suggester;
    QString affPath, dicPath;
    Charset charset = Charset::Utf8;
    QByteArray encoding;  // as the .aff file's SET line names it
    QString error;

    std::optional<std::string> encode(const QString &word) const
    {
        QByteArray bytes;
        switch (charset) {
        case Charset::Utf8:
            bytes = word.toUtf8();
            break;
        case Charset::Latin1:
            for (const QChar c : word)
                if (c.unicode() > 0xff)
                    return std::nullopt;
            bytes = word.toLatin1();
            break;
        case Charset::Other: {
            QStringEncoder encoder(encoding.constData());
            bytes = encoder.encode(word);
            if (encoder.hasError())
                return std::nullopt;
            break;
        }
        }
        return std::string(bytes.constData(), size_t(bytes.size()));
    }

    QString decode(const std::string &text) const
    {
        const QByteArrayView bytes(text.data(), qsizetype(text.size()));
        switch (charset) {
        case Charset::Utf8:
            return QString::fromUtf8(bytes);
        case Charset::Latin1:
            return QString::fromLatin1(bytes);
        case Charset::Other:
            break;
        }
        QStringDecoder decoder(encoding.constData());
        return decoder.decode(bytes);
    }
};

namespace {

// Dictionaries already read, shared by every checker while one of them holds it (GUI thread only).
QHash<QString, std::weak_ptr<SpellChecker::Loaded>> &loadedDictionaries()
{
    static QHash<QString, std::weak_ptr<SpellChecker::Loaded>> cache;
    return cache;
}

// Every checker, so that a word added in one window counts in all of them (GUI thread only).
QList<SpellChecker *> &allCheckers()
{
    static QList<SpellChecker *> checkers;
    return checkers;
}

// Runs on the worker thread: reads the files, nothing else.
std::shared_ptr<SpellChecker::Loaded> readDictionary(const SpellDictionary &dictionary)
{
    auto loaded = std::make_shared<SpellChecker::Loaded>();
    loaded->language = dictionary.language;
    if (!QFileInfo(dictionary.affPath).isReadable() || !QFileInfo(dictionary.dicPath).isReadable()) {
        loaded->error =
            QCoreApplication::translate("SpellChecker", "The spelling dictionary %1 cannot be read.")
                .arg(QDir::toNativeSeparators(dictionary.dicPath));
        return loaded;
    }
    loaded->affPath = dictionary.affPath;
    loaded->dicPath = dictionary.dicPath;
    QMutexLocker lock(&hunspellLifetime());
    loaded->hunspell = std::make_unique<Hunspell>(QFile::encodeName(dictionary.affPath).constData(),
                                                  QFile::encodeName(dictionary.dicPath).constData());
    const QByteArray set = QByteArray::fromStdString(loaded->hunspell->get_dict_encoding()).trimmed();
    loaded->encoding = set;
    const QByteArray upper = set.toUpper();
    if (upper == "UTF-8" || upper == "UTF8") {
        loaded->charset = SpellChecker::Loaded::Charset::Utf8;
    } else if (upper == "ISO8859-1" || upper == "ISO-8859-1" || upper == "LATIN1") {
        loaded->charset = SpellChecker::Loaded::Charset::Latin1;
    } else {
        loaded->charset = SpellChecker::Loaded::Charset::Other;
        if (!QStringEncoder(set.constData()).isValid()) {
            loaded->hunspell.reset();  // still under the lock
            loaded->error = QCoreApplication::translate(
                                "SpellChecker",
                                "The spelling dictionary %1 is written in the character set %2, which Stamp "
                                "cannot read.")
                                .arg(dictionary.language, QString::fromLatin1(set));
        }
    }
    return loaded;
}

bool isDictionaryName(const QString &base)
{
    // "en_US", "de_DE_frami", "fr", "sr-Latn": letters, digits, '_' and '-'; hyphenation files (hyph_*) are
    // not dictionaries.
    if (base.isEmpty() || base.startsWith(QLatin1String("hyph_")) || !base.at(0).isLetter())
        return false;
    return std::all_of(base.begin(), base.end(), [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-');
    });
}

}  // namespace

SpellChecker::SpellChecker(QObject *parent) : QObject(parent)
{
    allCheckers().append(this);
}

SpellChecker::~SpellChecker()
{
    allCheckers().removeAll(this);
    if (m_loader) {
        // Reading a dictionary takes a fraction of a second; the thread only touches its own data.
        m_loader->disconnect(this);
        m_loader->wait();
        delete m_loader;
    }
}

QStringList SpellChecker::searchPaths()
{
    QStringList paths;
    const QString dicPath = qEnvironmentVariable("DICPATH");
    for (const QString &p : dicPath.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        paths << p;
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        paths << data + QStringLiteral("/hunspell");
        paths << data + QStringLiteral("/myspell/dicts");
    }
    paths << QStringLiteral("/usr/share/hunspell");
    paths.removeDuplicates();
    return paths;
}

QList<SpellDictionary> SpellChecker::installedDictionaries()
{
    QList<SpellDictionary> found;
    QSet<QString> languages, files;
    for (const QString &path : searchPaths()) {
        const QDir dir(path);
        const QFileInfoList entries = dir.entryInfoList({QStringLiteral("*.dic")}, QDir::Files, QDir::Name);
        // Real files first, so a link (es_AR.dic → es_ES.dic) counts under the name of what it points to.
        QFileInfoList ordered;
        for (const QFileInfo &e : entries)
            if (!e.isSymLink())
                ordered << e;
        for (const QFileInfo &e : entries)
            if (e.isSymLink())
                ordered << e;
        for (const QFileInfo &dic : std::as_const(ordered)) {
            const QString language = dic.completeBaseName();
            const QString aff = dir.filePath(language + QStringLiteral(".aff"));
            const QString real = dic.canonicalFilePath();
            if (!isDictionaryName(language) || !QFileInfo::exists(aff) || languages.contains(language)
                || files.contains(real))
                continue;
            languages.insert(language);
            files.insert(real);
            found.append({language, aff, dic.filePath()});
        }
    }
    std::sort(found.begin(), found.end(), [](const SpellDictionary &a, const SpellDictionary &b) {
        return QString::localeAwareCompare(displayName(a.language), displayName(b.language)) < 0;
    });
    return found;
}

QString SpellChecker::displayName(const QString &language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::C)
        return language;
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        name = QLocale::languageToString(locale.language());
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    // Only a code with a country names the country ("fr" is French wherever it is written).
    if (language.contains(QLatin1Char('_')) || language.contains(QLatin1Char('-'))) {
        const QString territory = locale.nativeTerritoryName();
        if (!territory.isEmpty())
            name = QCoreApplication::translate("SpellChecker", "%1 (%2)", "language (country)")
                       .arg(name, territory);
    }
    return name;
}

QString SpellChecker::bestLanguage(const QString &wanted, const QList<SpellDictionary> &installed)
{
    QString code = wanted;
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    code = code.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);  // de_DE.UTF-8@euro
    if (code.isEmpty())
        return {};
    for (const SpellDictionary &d : installed)
        if (d.language.compare(code, Qt::CaseInsensitive) == 0)
            return d.language;
    const QString prefix = code.section(QLatin1Char('_'), 0, 0);
    // The same language: its main country first (de → de_DE, en → en_US), then any.
    const QString main = QLocale(prefix).name();
    for (const SpellDictionary &d : installed)
        if (d.language.compare(main, Qt::CaseInsensitive) == 0)
            return d.language;
    for (const SpellDictionary &d : installed)
        if (d.language.section(QLatin1Char('_'), 0, 0).compare(prefix, Qt::CaseInsensitive) == 0)
            return d.language;
    return {};
}

QString SpellChecker::personalWordsFile(const QString &language)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/spelling/")
           + language + QStringLiteral(".txt");
}

bool SpellChecker::setLanguage(const QString &language)
{
    bool installed = false;
    for (const SpellDictionary &d : installedDictionaries())
        installed = installed || d.language == language;
    if (!installed)
        return false;
    if (language == m_language)
        return true;
    m_language = language;
    m_dictionary.reset();
    reloadPersonal();
    if (const std::shared_ptr<Loaded> shared = loadedDictionaries().value(language).lock())
        adopt(shared);
    else if (!m_loader)
        startLoading();
    // else: the dictionary being read is for another language; when it is done, this one is read.
    Q_EMIT changed();
    return true;
}

void SpellChecker::startLoading()
{
    SpellDictionary dictionary;
    for (const SpellDictionary &d : installedDictionaries())
        if (d.language == m_language)
            dictionary = d;
    auto result = std::make_shared<std::shared_ptr<Loaded>>();
    m_loader = QThread::create([dictionary, result] { *result = readDictionary(dictionary); });
    m_loader->setObjectName(QStringLiteral("spellingLoader"));
    connect(m_loader, &QThread::finished, this, [this, result] {
        m_loader->deleteLater();
        m_loader = nullptr;
        const std::shared_ptr<Loaded> loaded = *result;
        if (!loaded->error.isEmpty()) {
            if (loaded->language == m_language)
                Q_EMIT loadFailed(loaded->error);
            return;
        }
        loadedDictionaries().insert(loaded->language, loaded);
        if (loaded->language == m_language) {
            adopt(loaded);
            Q_EMIT changed();
        } else if (!m_dictionary) {
            if (const std::shared_ptr<Loaded> shared = loadedDictionaries().value(m_language).lock()) {
                adopt(shared);
                Q_EMIT changed();
            } else {
                startLoading();
            }
        }
    });
    m_loader->start(QThread::LowPriority);
}

void SpellChecker::adopt(const std::shared_ptr<Loaded> &loaded)
{
    m_dictionary = loaded;
}

QString SpellChecker::normalized(const QString &word)
{
    QString w = word;
    w.replace(QChar(0x2019), QLatin1Char('\''));  // typographic apostrophe: the dictionaries write '
    return w;
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_dictionary)
        return true;
    const QString w = normalized(word);
    if (m_ignored.contains(w) || m_personal.contains(w))
        return true;
    // A word added in lower case is right at the start of a sentence too.
    QString lowerFirst = w;
    if (!lowerFirst.isEmpty())
        lowerFirst[0] = lowerFirst.at(0).toLower();
    if (m_personal.contains(lowerFirst))
        return true;
    const std::optional<std::string> bytes = m_dictionary->encode(w);
    if (!bytes)
        return true;  // letters the dictionary cannot write: not its language, so not its call
    return m_dictionary->hunspell->spell(*bytes);
}

void SpellChecker::suggestLater(const QString &word, int max, QObject *context,
                                std::function<void(const QStringList &)> done) const
{
    const std::shared_ptr<Loaded> loaded = m_dictionary;
    const std::optional<std::string> bytes = loaded ? loaded->encode(normalized(word)) : std::nullopt;
    if (!bytes) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
        return;
    }
    QPointer<QObject> receiver(context);
    // The task holds the dictionary, so a language changed meanwhile does not pull it away.
    QThreadPool::globalInstance()->start([loaded, bytes = *bytes, max, receiver, done = std::move(done)] {
        QStringList list;
        {
            const QMutexLocker lock(&loaded->suggesting);
            if (!loaded->suggester) {
                const QMutexLocker life(&hunspellLifetime());
                loaded->suggester =
                    std::make_unique<Hunspell>(QFile::encodeName(loaded->affPath).constData(),
                                               QFile::encodeName(loaded->dicPath).constData());
            }
            for (const std::string &s : loaded->suggester->suggest(bytes)) {
                if (list.size() >= max)
                    break;
                const QString suggestion = loaded->decode(s);
                if (!suggestion.isEmpty() && !list.contains(suggestion))
                    list << suggestion;
            }
        }
        // Back on the GUI thread, and only if the asker is still there (checked there, not here).
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [receiver, list, done] {
                if (receiver)
                    done(list);
            },
            Qt::QueuedConnection);
    });
}

void SpellChecker::reloadPersonal()
{
    m_personal.clear();
    if (m_language.isEmpty())
        return;
    QFile file(personalWordsFile(m_language));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString w = line.trimmed();
        if (!w.isEmpty() && !w.startsWith(QLatin1Char('#')))
            m_personal.insert(w);
    }
}

bool SpellChecker::addToPersonal(const QString &word, QString *error)
{
    const QString w = normalized(word).trimmed();
    if (m_language.isEmpty() || w.isEmpty() || w.contains(QLatin1Char('\n')) || w.contains(QLatin1Char('\r'))
        || w.contains(QChar(0))) {
        if (error)
            *error = tr("Only a single word can be added to the dictionary.");
        return false;
    }
    reloadPersonal();  // another Stamp may have added words meanwhile
    m_personal.insert(w);
    QStringList words = m_personal.values();
    words.sort();
    const QString fileName = personalWordsFile(m_language);
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)
        || file.write(words.join(QLatin1Char('\n')).toUtf8() + '\n') < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not save your dictionary to %1: %2")
                         .arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    for (SpellChecker *checker : std::as_const(allCheckers())) {
        if (checker->m_language != m_language)
            continue;
        if (checker != this)
            checker->reloadPersonal();
        Q_EMIT checker->changed();
    }
    return true;
}

void SpellChecker::ignore(const QString &word)
{
    m_ignored.insert(normalized(word));
    Q_EMIT changed();
}

}  // namespace ui
