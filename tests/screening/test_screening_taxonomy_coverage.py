"""Names real resumes use for common backend technologies, and look-alikes that are not them."""

from __future__ import annotations

import pytest
from screening_fixtures import skill_names as found

from recruiter_kit.screening.screener import Screener


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Java, Spring, Tomcat, JBoss, WebLogic", {"Apache Tomcat", "WildFly", "Oracle WebLogic"}),
        ("Nginx, HA Proxy, Varnish, Gunicorn, uWSGI", {"HAProxy", "Varnish", "Gunicorn", "uWSGI"}),
        ("OAuth 2.0, OIDC, JWT, SAML", {"OAuth", "OpenID Connect", "JWT", "SAML"}),
        (
            "Team City, Concourse, TFS, Cloud Foundry",
            {"TeamCity", "Concourse CI", "Team Foundation Server", "Cloud Foundry"},
        ),
        ("Yii2, Struts, Pyramid, Python", {"Yii", "Apache Struts", "Pyramid"}),
        ("RSpec, Cucumber, Jasmine, Cypress.io", {"RSpec", "Cucumber", "Jasmine", "Cypress"}),
        (
            "Liquibase, Flyway, ZooKeeper, Impala",
            {"Liquibase", "Flyway", "Apache ZooKeeper", "Apache Impala"},
        ),
        (
            "AWS: Batch, SES, ELB, DMS, AWS Secrets",
            {"Amazon SES", "Elastic Load Balancing", "AWS Secrets Manager"},
        ),
        ("git, hg, Nexus, Artifactory", {"Mercurial", "Nexus Repository"}),
        ("Microsoft SQL, SSRS, Tcl, XSLT", {"Microsoft SQL Server", "SSRS", "Tcl", "XSLT"}),
        ("Sensu, Icinga2, dagster.io", {"Sensu", "Icinga", "Dagster"}),
        ("Python, Impala, Athena, BigQuery", {"AWS Athena", "Google BigQuery"}),
        (
            "Keycloak, JPA, JDBC, Pact, MinIO, Ceph",
            {"Keycloak", "JPA", "JDBC", "Pact", "MinIO", "Ceph"},
        ),
        (
            "Oozie, Sqoop, Cloudera, Hortonworks",
            {"Apache Oozie", "Apache Sqoop", "Cloudera", "Hortonworks"},
        ),
        (
            "OPA, Ganglia, KVM, Camunda, SignalR",
            {"Open Policy Agent", "Ganglia", "KVM", "Camunda", "SignalR"},
        ),
        (
            "Github Workflows, DBT, API Rest, socket io",
            {"GitHub Actions", "dbt", "REST", "WebSockets"},
        ),
        ("React Native, Kotlin", {"React Native"}),
    ],
)
def test_names_in_a_skills_list(screener: Screener, line: str, expected: set[str]) -> None:
    assert expected <= found(screener, f"Skills\n{line}\n")


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("Education\nCourses: Operating System Design, Compilers\n", "System design"),
        ("Skills\nDocker, Containers / OCI images, K8s\n", "Oracle Cloud"),
        (
            "Experience\n• Deployed serverless systems with AWS SAM and Lambda\n",
            "Serverless Framework",
        ),
        (
            "Experience\n• Moved billing to a serverless architecture on AWS Lambda\n",
            "Serverless Framework",
        ),
        (
            "Experience\n• Read every word of the nexus between sales and support\n",
            "Nexus Repository",
        ),
        ("Interests\nCucumber farming, pyramid building\n", "Cucumber"),
        ("Skills\nReact, React-Router, Flux and Flummox\n", "Flux CD"),
        ("Skills\nComputer Assembly & Troubleshooting\n", "Assembly"),
        ("Skills\nBash, C-shell, Perl\n", "C"),
        ("Skills\nReact Native, Kotlin\n", "React"),
    ],
)
def test_look_alikes_are_not_skills(screener: Screener, text: str, not_expected: str) -> None:
    assert not_expected not in found(screener, text)


def test_serverless_next_to_other_tools_is_the_framework(screener: Screener) -> None:
    assert "Serverless Framework" in found(screener, "Skills\nTerraform & Serverless, Docker\n")


def test_oci_with_oracle_on_the_line_is_oracle_cloud(screener: Screener) -> None:
    assert "Oracle Cloud" in found(screener, "Skills\nOracle Cloud (OCI), AWS\n")


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("Summary\nReleased under the Apache License, Version 2.0\n", "Apache HTTP Server"),
        ("Summary\nGrew wildly popular with embers of the old team\n", "WildFly"),
        ("Summary\nGrew wildly popular with embers of the old team\n", "Ember.js"),
        ("Summary\nHe struts into every meeting\n", "Apache Struts"),
    ],
)
def test_ordinary_words_near_new_names_are_not_skills(
    screener: Screener, text: str, not_expected: str
) -> None:
    assert not_expected not in found(screener, text)
