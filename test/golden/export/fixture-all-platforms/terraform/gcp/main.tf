resource "google_compute_network" "global" {
  provider                = google.gcp_euw4
  name                    = "ns-global"
  description             = "Every platform $${and} %%{hostile} \"names\""
  auto_create_subnetworks = false
  routing_mode            = "GLOBAL"
}

# GCP europe-west4 (gcp-euw4)

resource "google_compute_subnetwork" "gcp_euw4_mgmt" {
  provider                 = google.gcp_euw4
  name                     = "ns-gcp-euw4-mgmt"
  description              = "GCP europe-west4: mgmt"
  region                   = "europe-west4"
  network                  = google_compute_network.global.id
  ip_cidr_range            = var.gcp_euw4_subnet_cidrs["mgmt"]
  private_ip_google_access = true
}

resource "google_compute_subnetwork" "gcp_euw4_users" {
  provider                 = google.gcp_euw4
  name                     = "ns-gcp-euw4-users"
  description              = "GCP europe-west4: users"
  region                   = "europe-west4"
  network                  = google_compute_network.global.id
  ip_cidr_range            = var.gcp_euw4_subnet_cidrs["users"]
  private_ip_google_access = true
}

# GCP europe-west1 (gcp-euw1)

resource "google_compute_subnetwork" "gcp_euw1_mgmt" {
  provider                 = google.gcp_euw1
  name                     = "ns-gcp-euw1-mgmt"
  description              = "GCP europe-west1: mgmt"
  region                   = "europe-west1"
  network                  = google_compute_network.global.id
  ip_cidr_range            = var.gcp_euw1_subnet_cidrs["mgmt"]
  private_ip_google_access = true
}

resource "google_compute_subnetwork" "gcp_euw1_users" {
  provider                 = google.gcp_euw1
  name                     = "ns-gcp-euw1-users"
  description              = "GCP europe-west1: users"
  region                   = "europe-west1"
  network                  = google_compute_network.global.id
  ip_cidr_range            = var.gcp_euw1_subnet_cidrs["users"]
  private_ip_google_access = true
}

# xr-ic: Partner Interconnect from gcp-euw4 to dc-xr

resource "google_compute_router" "xr_ic_gcp_euw4_ic" {
  provider = google.gcp_euw4
  name     = "ns-xr-ic-gcp-euw4-ic"
  region   = "europe-west4"
  network  = google_compute_network.global.id

  bgp {
    asn = 16550
  }
}

resource "google_compute_interconnect_attachment" "xr_ic_gcp_euw4_0" {
  provider                 = google.gcp_euw4
  name                     = "ns-xr-ic-gcp-euw4-0"
  description              = "xr-ic"
  region                   = "europe-west4"
  router                   = google_compute_router.xr_ic_gcp_euw4_ic.id
  type                     = "PARTNER"
  edge_availability_domain = "AVAILABILITY_DOMAIN_1"
  admin_enabled            = true
}

resource "google_compute_interconnect_attachment" "xr_ic_gcp_euw4_1" {
  provider                 = google.gcp_euw4
  name                     = "ns-xr-ic-gcp-euw4-1"
  description              = "xr-ic"
  region                   = "europe-west4"
  router                   = google_compute_router.xr_ic_gcp_euw4_ic.id
  type                     = "PARTNER"
  edge_availability_domain = "AVAILABILITY_DOMAIN_2"
  admin_enabled            = true
}

resource "google_compute_router" "gcp_euw1" {
  provider = google.gcp_euw1
  name     = "ns-gcp-euw1-router"
  region   = "europe-west1"
  network  = google_compute_network.global.id

  bgp {
    asn            = var.gcp_euw1_asn
    advertise_mode = "DEFAULT"
  }
}

resource "google_compute_ha_vpn_gateway" "gcp_euw1" {
  provider = google.gcp_euw1
  name     = "ns-gcp-euw1-havpn"
  region   = "europe-west1"
  network  = google_compute_network.global.id
}

# lx-vpn-gcp: HA VPN from gcp-euw1 to edge-lx

resource "google_compute_external_vpn_gateway" "lx_vpn_gcp_gcp_euw1" {
  provider        = google.gcp_euw1
  name            = "ns-lx-vpn-gcp-gcp-euw1-peer"
  redundancy_type = "TWO_IPS_REDUNDANCY"
  description     = "Linux edge\nsecond line"

  interface {
    id         = 0
    ip_address = var.edge_lx_public_ip
  }
  interface {
    id         = 1
    ip_address = var.edge_lx_public_ip_2
  }
}

resource "google_compute_vpn_tunnel" "lx_vpn_gcp_gcp_euw1_0" {
  provider                        = google.gcp_euw1
  name                            = "ns-lx-vpn-gcp-gcp-euw1-0"
  region                          = google_compute_router.gcp_euw1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_euw1.id
  vpn_gateway_interface           = 0
  peer_external_gateway           = google_compute_external_vpn_gateway.lx_vpn_gcp_gcp_euw1.id
  peer_external_gateway_interface = 0
  shared_secret                   = var.lx_vpn_gcp_tunnel1_psk
  router                          = google_compute_router.gcp_euw1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "lx_vpn_gcp_gcp_euw1_0" {
  provider   = google.gcp_euw1
  name       = "ns-lx-vpn-gcp-gcp-euw1-if-0"
  router     = google_compute_router.gcp_euw1.name
  region     = google_compute_router.gcp_euw1.region
  ip_range   = "169.254.80.185/30"
  vpn_tunnel = google_compute_vpn_tunnel.lx_vpn_gcp_gcp_euw1_0.name
}

resource "google_compute_router_peer" "lx_vpn_gcp_gcp_euw1_0" {
  provider                  = google.gcp_euw1
  name                      = "ns-lx-vpn-gcp-gcp-euw1-bgp-0"
  router                    = google_compute_router.gcp_euw1.name
  region                    = google_compute_router.gcp_euw1.region
  peer_ip_address           = "169.254.80.186"
  peer_asn                  = var.edge_lx_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.lx_vpn_gcp_gcp_euw1_0.name
}

resource "google_compute_vpn_tunnel" "lx_vpn_gcp_gcp_euw1_1" {
  provider                        = google.gcp_euw1
  name                            = "ns-lx-vpn-gcp-gcp-euw1-1"
  region                          = google_compute_router.gcp_euw1.region
  vpn_gateway                     = google_compute_ha_vpn_gateway.gcp_euw1.id
  vpn_gateway_interface           = 1
  peer_external_gateway           = google_compute_external_vpn_gateway.lx_vpn_gcp_gcp_euw1.id
  peer_external_gateway_interface = 1
  shared_secret                   = var.lx_vpn_gcp_tunnel2_psk
  router                          = google_compute_router.gcp_euw1.id
  ike_version                     = 2
}

resource "google_compute_router_interface" "lx_vpn_gcp_gcp_euw1_1" {
  provider   = google.gcp_euw1
  name       = "ns-lx-vpn-gcp-gcp-euw1-if-1"
  router     = google_compute_router.gcp_euw1.name
  region     = google_compute_router.gcp_euw1.region
  ip_range   = "169.254.80.189/30"
  vpn_tunnel = google_compute_vpn_tunnel.lx_vpn_gcp_gcp_euw1_1.name
}

resource "google_compute_router_peer" "lx_vpn_gcp_gcp_euw1_1" {
  provider                  = google.gcp_euw1
  name                      = "ns-lx-vpn-gcp-gcp-euw1-bgp-1"
  router                    = google_compute_router.gcp_euw1.name
  region                    = google_compute_router.gcp_euw1.region
  peer_ip_address           = "169.254.80.190"
  peer_asn                  = var.edge_lx_asn
  advertised_route_priority = 100
  interface                 = google_compute_router_interface.lx_vpn_gcp_gcp_euw1_1.name
}

# API (api): Cloud DNS primary-backup routing

resource "google_compute_health_check" "api" {
  provider            = google.gcp_euw4
  name                = "ns-api-hc"
  check_interval_sec  = 10
  timeout_sec         = 5
  unhealthy_threshold = 3
  source_regions      = ["us-central1", "europe-west1", "asia-southeast1"]

  https_health_check {
    port         = 443
    request_path = "/health"
  }
}

resource "google_dns_record_set" "api" {
  provider     = google.gcp_euw4
  managed_zone = var.dns_managed_zone
  name         = var.api_record_name
  type         = "A"
  ttl          = 30

  routing_policy {
    health_check = google_compute_health_check.api.id

    primary_backup {
      trickle_ratio = 0

      primary {
        external_endpoints = [var.api_gcp_euw4_endpoint_ip]
      }
      backup_geo {
        location = "europe-west1"
        rrdatas  = [var.api_gcp_euw1_endpoint_ip]

        health_checked_targets {
          external_endpoints = [var.api_gcp_euw1_endpoint_ip]
        }
      }
    }
  }
}

# Geo API (geo): Cloud DNS geo routing

resource "google_compute_health_check" "geo" {
  provider            = google.gcp_euw4
  name                = "ns-geo-hc"
  check_interval_sec  = 10
  timeout_sec         = 5
  unhealthy_threshold = 3
  source_regions      = ["us-central1", "europe-west1", "asia-southeast1"]

  https_health_check {
    port         = 443
    request_path = "/health"
  }
}

resource "google_dns_record_set" "geo" {
  provider     = google.gcp_euw4
  managed_zone = var.dns_managed_zone
  name         = var.geo_record_name
  type         = "A"
  ttl          = 60

  routing_policy {
    health_check = google_compute_health_check.geo.id

    geo {
      location = "europe-west4"
      rrdatas  = [var.geo_gcp_euw4_endpoint_ip]

      health_checked_targets {
        external_endpoints = [var.geo_gcp_euw4_endpoint_ip]
      }
    }
    geo {
      location = "europe-west1"
      rrdatas  = [var.geo_gcp_euw1_endpoint_ip]

      health_checked_targets {
        external_endpoints = [var.geo_gcp_euw1_endpoint_ip]
      }
    }
  }
}
