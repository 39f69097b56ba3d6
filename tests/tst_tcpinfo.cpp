// unacknowledgedBytes() over a real loopback connection: a reader that does not read makes the count grow
// after a big write, and draining it brings the count back to 0 (issue 9, "Honest progress").

#include "ackmeter.h"
#include "tcpinfo.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace smtp;

namespace {

// Keeps the accepted connection as a bare descriptor, so nothing reads from it until the test does.
class RawServer : public QTcpServer
{
public:
    qintptr accepted = -1;
    ~RawServer() override
    {
        if (accepted >= 0)
            ::close(int(accepted));
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        accepted = descriptor;
        ::fcntl(int(descriptor), F_SETFL, ::fcntl(int(descriptor), F_GETFL) | O_NONBLOCK);
    }
};

// Reads whatever the kernel holds without blocking; returns the number of bytes read.
qint64 drainSome(qintptr fd)
{
    qint64 total = 0;
    char buf[65536];
    for (int i = 0; i < 1024; ++i) {
        const ssize_t n = ::recv(int(fd), buf, sizeof buf, 0);
        if (n <= 0)
            break;
        total += n;
    }
    return total;
}

}  // namespace

class TestTcpInfo : public QObject
{
    Q_OBJECT

private slots:
    void unknownDescriptors();
    void growsThenFallsToZero();
    void contentAtInterpolates();
};

void TestTcpInfo::unknownDescriptors()
{
    QCOMPARE(unacknowledgedBytes(-1), qint64(-1));
    QTcpServer listening;
    QVERIFY(listening.listen(QHostAddress::LocalHost));
    QCOMPARE(unacknowledgedBytes(listening.socketDescriptor()),
             qint64(-1));  // a listening socket sends nothing
    QUdpSocket udp;
    QVERIFY(udp.bind(QHostAddress::LocalHost));
    QCOMPARE(unacknowledgedBytes(udp.socketDescriptor()), qint64(-1));  // not TCP
    int pipeFds[2];
    QCOMPARE(::pipe(pipeFds), 0);
    QCOMPARE(unacknowledgedBytes(pipeFds[1]), qint64(-1));  // not a socket
    ::close(pipeFds[0]);
    ::close(pipeFds[1]);
}

void TestTcpInfo::growsThenFallsToZero()
{
#ifndef Q_OS_LINUX
    QSKIP("unacknowledgedBytes() answers only on Linux");
#endif
    RawServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QAbstractSocket::ConnectedState && server.accepted >= 0,
                             10000);
    QCOMPARE(unacknowledgedBytes(client.socketDescriptor()), qint64(0));  // nothing written yet

    // Far more than the loopback socket buffers hold: with nobody reading, the kernel keeps what it could not
    // deliver, and the count says so.
    const qint64 total = 32 * 1024 * 1024;
    QCOMPARE(client.write(QByteArray(total, 'x')), total);
    QTRY_VERIFY_WITH_TIMEOUT(unacknowledgedBytes(client.socketDescriptor()) > 0, 10000);
    // The count is bounded by what was handed to the kernel.
    const qint64 queued = unacknowledgedBytes(client.socketDescriptor());
    QVERIFY(queued <= total - client.bytesToWrite());

    // The reader drains everything: the count falls to 0 once the last byte is acknowledged.
    qint64 received = 0;
    const auto drainedAndAcknowledged = [&] {
        received += drainSome(server.accepted);
        return received == total && client.bytesToWrite() == 0
               && unacknowledgedBytes(client.socketDescriptor()) == 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(drainedAndAcknowledged(), 30000);
    QCOMPARE(received, total);
}

// AckMeter maps a stream position to content bytes: nothing before the content starts, in proportion inside a
// piece (its wire bytes include stuffing or a BDAT line), the whole once the last mark is passed.
void TestTcpInfo::contentAtInterpolates()
{
    const QList<QPair<qint64, qint64>> marks{{100, 0}, {200, 90}, {300, 180}};
    QCOMPARE(AckMeter::contentAt(marks, 0), qint64(0));
    QCOMPARE(AckMeter::contentAt(marks, 100), qint64(0));
    QCOMPARE(AckMeter::contentAt(marks, 150), qint64(45));
    QCOMPARE(AckMeter::contentAt(marks, 200), qint64(90));
    QCOMPARE(AckMeter::contentAt(marks, 299), qint64(179));
    QCOMPARE(AckMeter::contentAt(marks, 300), qint64(180));
    QCOMPARE(AckMeter::contentAt(marks, 10'000), qint64(180));
    QCOMPARE(AckMeter::contentAt({}, 50), qint64(0));
}

QTEST_GUILESS_MAIN(TestTcpInfo)
#include "tst_tcpinfo.moc"
