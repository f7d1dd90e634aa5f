package no.imdi.grants.ear;

/**
 * The ports of one Payara Server domain, at the offsets {@code asadmin create-domain --portbase}
 * gives them: admin base+48, HTTP +80, HTTPS +81, IIOP +37/+38/+39, JMS +76, JMX +86, OSGi shell
 * +66, debugger +9, and the Hazelcast data grid +49 (DAS) and +59 (instances).
 */
record DomainPorts(int base) {

  private static final int[] OFFSETS = {9, 37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86};

  static DomainPorts free() {
    return new DomainPorts(LoopbackPorts.freeBase(OFFSETS));
  }

  int debugger() {
    return base + 9;
  }

  int iiop() {
    return base + 37;
  }

  int iiopSsl() {
    return base + 38;
  }

  int iiopMutualAuth() {
    return base + 39;
  }

  int admin() {
    return base + 48;
  }

  int hazelcastDas() {
    return base + 49;
  }

  int hazelcastStart() {
    return base + 59;
  }

  int osgiShell() {
    return base + 66;
  }

  int jms() {
    return base + 76;
  }

  int http() {
    return base + 80;
  }

  int https() {
    return base + 81;
  }

  int jmx() {
    return base + 86;
  }
}
