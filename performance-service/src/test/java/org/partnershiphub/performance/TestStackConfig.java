package org.partnershiphub.performance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.partnershiphub.local.LocalStackResource;

/** Every test of this module runs against the real PostgreSQL, Kafka and SMTP of deploy/local. */
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
public class TestStackConfig {
}
