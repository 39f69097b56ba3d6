#!/bin/sh
# Regenerates the test certificates (kept in the repository so that tests need no tools at run time).
# ca.pem signs server.pem (CN localhost, SAN localhost and 127.0.0.1, ::1). For tst_adversarial, also:
#   expired.pem      localhost, signed by ca.pem, valid only in 2020
#   notyetvalid.pem  localhost, signed by ca.pem, valid only from 2090
#   wronghost.pem    mail.example.org only, signed by ca.pem
#   unknownca.pem    localhost, signed by a CA that is thrown away (so nobody trusts it)
#   gen-certs.sh         regenerate everything (a new CA too)
#   gen-certs.sh extra   only the certificates for tst_adversarial, signed by the existing ca.pem
set -e
cd "$(dirname "$0")"
if [ "${1:-}" != extra ]; then
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 36500 -subj "/CN=Stamp Test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/CN=localhost" 2>/dev/null
printf "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n" > ext.cnf
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 36500 -extfile ext.cnf 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -keyout selfsigned.key -out selfsigned.pem -days 36500 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null
rm -f server.csr ext.cnf ca.srl
fi

# Certificates with chosen dates: "openssl ca" takes -startdate/-enddate (OpenSSL 3.0's x509 -req cannot).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/new"
: > "$tmp/index.txt"
cat > "$tmp/ca.cnf" <<CNF
[ ca ]
default_ca = test
[ test ]
dir = $tmp
database = $tmp/index.txt
new_certs_dir = $tmp/new
serial = $tmp/serial
default_md = sha256
policy = anything
copy_extensions = copy
unique_subject = no
[ anything ]
commonName = supplied
CNF
echo 1000 > "$tmp/serial"
# sign NAME CA_PEM CA_KEY START END SAN
sign() {
    openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$tmp/$1.csr" -subj "/CN=${6%%,*}" \
        -addext "subjectAltName=$(echo "$6" | sed 's/\([^,]*\)/DNS:\1/; s/,127/,IP:127/')" \
        -addext "basicConstraints=CA:FALSE" -addext "extendedKeyUsage=serverAuth" 2>/dev/null
    openssl ca -batch -config "$tmp/ca.cnf" -cert "$2" -keyfile "$3" -startdate "$4" -enddate "$5" \
        -in "$tmp/$1.csr" -out "$1.pem" -notext 2>/dev/null
}
sign expired ca.pem ca.key 20200101000000Z 20210101000000Z localhost,127.0.0.1
sign notyetvalid ca.pem ca.key 20900101000000Z 21000101000000Z localhost,127.0.0.1
sign wronghost ca.pem ca.key 20240101000000Z 21240101000000Z mail.example.org
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/other-ca.key" -out "$tmp/other-ca.pem" -days 36500 \
    -subj "/CN=Unknown Test CA" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
sign unknownca "$tmp/other-ca.pem" "$tmp/other-ca.key" 20240101000000Z 21240101000000Z localhost,127.0.0.1
