terraform {
  required_version = ">= 1.5.0"

  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.55"
    }
  }
}

# azurerm is not bound to a region: every resource carries its own location, so one provider serves all regions.

provider "azurerm" {
  subscription_id = var.subscription_id

  features {}
}
