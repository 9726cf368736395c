terraform {
  required_version = ">= 1.5.0"

  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.50"
    }
  }
}

provider "google" {
  alias   = "gcp_euw4"
  project = var.project_id
  region  = "europe-west4"
  default_labels = {
    managed_by = "netstudio"
  }
}

provider "google" {
  alias   = "gcp_euw1"
  project = var.project_id
  region  = "europe-west1"
  default_labels = {
    managed_by = "netstudio"
  }
}
